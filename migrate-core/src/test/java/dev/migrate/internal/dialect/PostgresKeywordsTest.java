package dev.migrate.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Operations;
import dev.migrate.ops.TableBuilder;
import dev.migrate.internal.execution.JdbcOperationExecutor;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keyword list against the server's own {@code pg_get_keywords()}. */
@PostgresTest
class PostgresKeywordsTest {

	@Test
	void quotesEveryKeywordTheServerRestricts(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			Set<String> restricted = new HashSet<>(keywords(connection, "catcode IN ('R', 'T', 'C')"));
			assertThat(PostgresKeywords.requiringQuotes()).containsAll(restricted);
			if (connection.getMetaData().getDatabaseMajorVersion() == PostgresDialect.LATEST_KNOWN_VERSION) {
				assertThat(PostgresKeywords.requiringQuotes()).containsExactlyInAnyOrderElementsOf(restricted);
			}
		}
	}

	@Test
	void everyRestrictedKeywordWorksAsATableAndColumnName(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			List<String> words = keywords(connection, "catcode IN ('R', 'T', 'C')");
			Operations op = new Operations(new JdbcOperationExecutor(connection, new PostgresDialect()));
			op.createTable("select", t -> columns(t, words));
			assertThat(new Catalog(connection).columns("public", "select")).containsExactlyElementsOf(words);
		}
	}

	@Test
	void unreservedKeywordsStayBareAndStillWorkAsNames(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			List<String> words = keywords(connection, "catcode = 'U'");
			PostgresDialect dialect = new PostgresDialect();
			assertThat(words).allSatisfy(word -> assertThat(dialect.quote(word)).isEqualTo(word));
			Operations op = new Operations(new JdbcOperationExecutor(connection, dialect));
			op.createTable("unreserved", t -> columns(t, words));
			op.createIndex("ix_unreserved", "unreserved", words.subList(0, 30).toArray(String[]::new));
			assertThat(new Catalog(connection).columns("public", "unreserved")).containsExactlyElementsOf(words);
		}
	}

	private static void columns(TableBuilder table, List<String> names) {
		names.forEach(name -> table.column(name, ColumnType.INTEGER));
	}

	private static List<String> keywords(Connection connection, String condition) throws SQLException {
		List<String> words = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT word FROM pg_get_keywords() WHERE " + condition + " ORDER BY word")) {
			while (rs.next()) {
				words.add(rs.getString(1));
			}
		}
		return words;
	}

}

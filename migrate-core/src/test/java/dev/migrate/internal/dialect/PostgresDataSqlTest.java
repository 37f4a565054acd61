package dev.migrate.internal.dialect;

import static dev.migrate.internal.dialect.Rendered.postgres;
import static dev.migrate.internal.dialect.Rendered.postgresOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.ops.ObjectName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Raw statements with parameters and bulk inserts, as rendered offline. */
class PostgresDataSqlTest {

	@Test
	void executeWithoutParametersIsVerbatimEvenWithQuestionMarks() {
		assertThat(postgresOne(op -> op.execute("SELECT '{\"a\":1}'::jsonb ? 'a'")))
			.isEqualTo("SELECT '{\"a\":1}'::jsonb ? 'a'");
	}

	@Test
	void parametersAreInlinedAsLiterals() {
		assertThat(postgresOne(
				op -> op.execute("UPDATE users SET status = ? WHERE id = ? AND note = ?", "it's", 42L, null)))
			.isEqualTo("UPDATE users SET status = 'it''s' WHERE id = 42 AND note = NULL");
	}

	@Test
	void questionMarksInLiteralsCommentsAndDollarQuotesAreNotPlaceholders() {
		assertThat(postgresOne(
				op -> op.execute("SELECT '?', \"col?\", $$?$$, $tag$ ? $tag$, E'\\'?' -- ?\n/* ? /* ? */ ? */ , ?", 1)))
			.isEqualTo("SELECT '?', \"col?\", $$?$$, $tag$ ? $tag$, E'\\'?' -- ?\n/* ? /* ? */ ? */ , 1");
	}

	@Test
	void doubledQuestionMarkIsTheEscapedOperator() {
		assertThat(postgresOne(op -> op.execute("SELECT data ?? 'k' FROM t WHERE id = ?", 7)))
			.isEqualTo("SELECT data ? 'k' FROM t WHERE id = 7");
	}

	@Test
	void positionalDollarParametersAreCode() {
		assertThat(postgresOne(op -> op.execute("SELECT a$b, $1 FROM t WHERE x = ?", 3)))
			.isEqualTo("SELECT a$b, $1 FROM t WHERE x = 3");
	}

	@Test
	void placeholderCountMismatchIsAnError() {
		assertThatThrownBy(() -> postgres(op -> op.execute("SELECT ?, ?", 1))).isInstanceOf(MigrateException.class)
			.hasMessageContaining("more placeholders than its 1 parameters");
		assertThatThrownBy(() -> postgres(op -> op.execute("SELECT ?", 1, 2))).isInstanceOf(MigrateException.class)
			.hasMessageContaining("only 1 placeholders for its 2 parameters");
	}

	@Test
	void hostileStringParameterStaysALiteral() {
		assertThat(postgresOne(op -> op.execute("SELECT ?", "'); DROP TABLE users; --")))
			.isEqualTo("SELECT '''); DROP TABLE users; --'");
		assertThat(postgresOne(op -> op.execute("SELECT ?", "\\'; DROP TABLE users; --")))
			.isEqualTo("SELECT E'\\\\''; DROP TABLE users; --'");
	}

	@Test
	void bulkInsertFromMapsUsesSortedColumnsAndBatches() {
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("name", "a");
		first.put("id", 1);
		assertThat(postgres(op -> op.bulkInsert("users",
				List.of(first, Map.of("id", 2, "name", "b"), Map.of("id", 3, "name", "c'")), 2)))
			.containsExactly("""
					INSERT INTO users (id, name) VALUES
					    (1, 'a'),
					    (2, 'b')""", """
					INSERT INTO users (id, name) VALUES
					    (3, 'c''')""");
	}

	@Test
	void bulkInsertFromLists() {
		assertThat(postgresOne(op -> op.inSchema("app")
			.bulkInsert("t", List.of("a", "b"), List.of(List.of(1, true), java.util.Arrays.asList(null, false)))))
			.isEqualTo("""
					INSERT INTO app.t (a, b) VALUES
					    (1, TRUE),
					    (NULL, FALSE)""");
	}

	@Test
	void bulkInsertRowsMustAgree() {
		assertThatThrownBy(() -> postgres(op -> op.bulkInsert("t", List.of(Map.of("a", 1), Map.of("b", 2)))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("row 1 has columns [b]");
		assertThatThrownBy(() -> postgres(op -> op.bulkInsert("t", List.of("a", "b"), List.of(List.of(1)))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("row 0 has 1 values for 2 columns");
		assertThatThrownBy(() -> postgres(op -> op.bulkInsert("t", List.of(Map.of("a", 1)), 0)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("batch size");
	}

	@Test
	void insertStatementForJdbcBatches() {
		assertThat(new PostgresDialect().insertStatement(ObjectName.of("app", "User"), List.of("id", "select")))
			.isEqualTo("INSERT INTO app.\"User\" (id, \"select\") VALUES (?, ?)");
	}

}

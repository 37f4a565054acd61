package dev.migrate.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operations;
import dev.migrate.result.SourceLocation;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@PostgresTest
class JdbcOperationExecutorTest {

	private final PostgresDialect dialect = new PostgresDialect();

	private enum Plan {

		FREE

	}

	@Test
	void boundParametersAndOfflineLiteralsStoreTheSameValues(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			JdbcOperationExecutor executor = new JdbcOperationExecutor(connection, dialect);
			Operations op = new Operations(executor);
			op.execute(
					"CREATE TABLE values_both_ways (k int, s text, e text, n text, i int, l bigint, d numeric, f float8,"
							+ " nan float8, b boolean, u uuid, day date, clock time, local timestamp, zoned timestamptz,"
							+ " instant timestamptz, bytes bytea, words text[], numbers int[])");
			String insert = "INSERT INTO values_both_ways VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
			List<Object> values = Arrays.asList("it's \\ \"quoted\" ünïcødé; --", Plan.FREE, null, 42, 1L << 40,
					new BigDecimal("12345.678900"), 0.1d, Double.NaN, true, UUID.randomUUID(),
					LocalDate.of(2024, 2, 29), LocalTime.of(23, 59, 58, 123_456_000),
					LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_000),
					OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-7)),
					Instant.parse("2024-05-06T07:08:09.5Z"), new byte[] { 0, 1, (byte) 0xFF }, List.of("a", "b'c"),
					List.of(1, 2, 3));

			List<Object> bound = new ArrayList<>();
			bound.add(1);
			bound.addAll(values);
			op.run(new ExecuteSql(insert, bound, null, true));

			List<Object> inlined = new ArrayList<>();
			inlined.add(2);
			inlined.addAll(values);
			String offline = dialect.render(new ExecuteSql(insert, inlined, null, true)).get(0);
			// With standard_conforming_strings off, a plain '...' would read backslashes
			// as escapes; E'' does not care.
			op.execute("SET standard_conforming_strings = off");
			op.execute(offline);
			op.execute("RESET standard_conforming_strings");

			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT x.s, to_jsonb(x) - 'k', to_jsonb(y) - 'k'"
							+ " FROM values_both_ways x, values_both_ways y WHERE x.k = 1 AND y.k = 2")) {
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("it's \\ \"quoted\" ünïcødé; --");
				assertThat(rs.getString(3)).as("literal row equals bound row").isEqualTo(rs.getString(2));
			}
		}
	}

	@Test
	void bulkInsertRunsInJdbcBatches(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			JdbcOperationExecutor executor = new JdbcOperationExecutor(connection, dialect);
			Operations op = new Operations(executor);
			op.createTable("bulk_target",
					t -> t.column("id", ColumnType.INTEGER, c -> c.primaryKey())
						.column("name", ColumnType.TEXT)
						.column("born", ColumnType.DATE));
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = 0; i < 2500; i++) {
				rows.add(Map.of("id", i, "name", "n'" + i, "born", LocalDate.of(2000, 1, 1).plusDays(i)));
			}
			op.bulkInsert("bulk_target", rows, 1000);

			assertThat(executor.executedStatements()).endsWith(
					"INSERT INTO bulk_target (born, id, name) VALUES (?, ?, ?) -- batch of 1000 rows",
					"INSERT INTO bulk_target (born, id, name) VALUES (?, ?, ?) -- batch of 1000 rows",
					"INSERT INTO bulk_target (born, id, name) VALUES (?, ?, ?) -- batch of 500 rows");
			assertThat(count(connection, "SELECT count(*) FROM bulk_target WHERE name = 'n''' || id")).isEqualTo(2500);
		}
	}

	@Test
	void failingStatementCarriesSqlLocationHistoryAndServerMessage(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			JdbcOperationExecutor executor = new JdbcOperationExecutor(connection, dialect);
			executor.apply(ExecuteSql.of("CREATE TABLE failing_first (a int)"));
			executor.apply(ExecuteSql.of("INSERT INTO failing_first VALUES (?)", 1));
			SourceLocation location = new SourceLocation("classpath:db/revisions/abc_init.sql", 12);
			ExecuteSql bad = new ExecuteSql("SELECT * FROM missing_table", List.of(), location, true);

			assertThatThrownBy(() -> executor.apply(bad)).isInstanceOfSatisfying(StatementFailedException.class, ex -> {
				assertThat(ex.sql()).isEqualTo("SELECT * FROM missing_table");
				assertThat(ex.location()).isEqualTo(location);
				assertThat(ex.executedStatements()).containsExactly("CREATE TABLE failing_first (a int)",
						"INSERT INTO failing_first VALUES (?)");
				assertThat(ex.sqlState()).isEqualTo("42P01");
				assertThat(ex.databaseMessage()).contains("relation \"missing_table\" does not exist");
				assertThat(ex.getMessage()).contains("at classpath:db/revisions/abc_init.sql:12")
					.contains("[SQLState 42P01]")
					.contains("SELECT * FROM missing_table")
					.contains("2 statement(s) executed before it")
					.contains("INSERT INTO failing_first VALUES (?)");
			});
		}
	}

	@Test
	void failingBatchReportsTheServersError(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			Operations op = new Operations(new JdbcOperationExecutor(connection, dialect));
			op.createTable("bulk_unique", t -> t.column("id", ColumnType.INTEGER, c -> c.primaryKey()));
			assertThatThrownBy(() -> op.bulkInsert("bulk_unique", List.of("id"), List.of(List.of(1), List.of(1))))
				.isInstanceOfSatisfying(StatementFailedException.class, ex -> {
					assertThat(ex.sqlState()).isEqualTo("23505");
					assertThat(ex.sql()).isEqualTo("INSERT INTO bulk_unique (id) VALUES (?)");
					assertThat(ex.databaseMessage()).contains("duplicate key");
				});
		}
	}

	@Test
	void neverCommitsTheCallersTransaction(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(false);
			Operations op = new Operations(new JdbcOperationExecutor(connection, dialect));
			op.createTable("rolled_back", t -> t.column("a", ColumnType.INTEGER));
			op.bulkInsert("rolled_back", List.of("a"), List.of(List.of(1)));
			connection.rollback();
			assertThat(count(connection, "SELECT count(*) FROM pg_class WHERE relname = 'rolled_back'")).isZero();
			assertThat(connection.getAutoCommit()).isFalse();
		}
	}

	@Test
	void refusesANonTransactionalOperationInsideATransactionBeforeSendingIt(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(false);
			JdbcOperationExecutor executor = new JdbcOperationExecutor(connection, dialect);
			Operations op = new Operations(executor);
			op.createTable("concurrent_target", t -> t.column("a", ColumnType.INTEGER));

			assertThatThrownBy(
					() -> op.createIndex("ix_concurrent", "concurrent_target", i -> i.columns("a").concurrently()))
				.isInstanceOf(NonTransactionalOperationException.class)
				.hasMessageContaining("CreateIndex cannot run inside a transaction")
				.hasMessageContaining("CREATE INDEX CONCURRENTLY ix_concurrent ON concurrent_target (a)")
				.hasMessageContaining("Transactional.FALSE");
			// Nothing was sent: the transaction is still usable.
			assertThat(count(connection, "SELECT count(*) FROM concurrent_target")).isZero();
			connection.rollback();
		}
	}

	@Test
	void nonTransactionalOperationsRunInAutocommit(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			Operations op = new Operations(new JdbcOperationExecutor(connection, dialect));
			op.createTable("autocommit_target", t -> t.column("a", ColumnType.INTEGER));
			op.createIndex("ix_autocommit", "autocommit_target", i -> i.columns("a").concurrently());
			op.executeNonTransactional("VACUUM autocommit_target");
			assertThat(count(connection, "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_autocommit'"))
				.isEqualTo(1);
		}
	}

	@Test
	void connectionIsTheOneGiven(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			assertThat(new Operations(new JdbcOperationExecutor(connection, dialect)).connection())
				.isSameAs(connection);
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}

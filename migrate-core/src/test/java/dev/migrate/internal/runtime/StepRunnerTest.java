package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrationFailedException;
import dev.migrate.TransactionMode;
import dev.migrate.result.HistoryRecord;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs hand-built plans through the runtime against real PostgreSQL. */
@PostgresTest
class StepRunnerTest {

	@Test
	void failingStatementRollsBackTheRevisionAndRecordsTheFailure() throws Exception {
		try (TestDatabase fresh = TestDatabase.create()) {
			MigrationRuntime runtime = runtime(fresh, MigrateConfig.DEFAULT_TRANSACTION_MODE);
			RevisionScript a = TestRevisions.sql("a1", null, true, List.of("CREATE TABLE t (id int)"), List.of());
			RevisionScript b = TestRevisions.sql("b1", "a1", true,
					List.of("ALTER TABLE t ADD COLUMN x int", "ALTER TABLE missing ADD COLUMN y int"), List.of());
			RevisionScript c = TestRevisions.sql("c1", "b1", true, List.of("CREATE TABLE never (id int)"), List.of());

			assertThatThrownBy(() -> upgrade(runtime, TestRevisions.upgrade(null, a, b, c)))
				.isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
					assertThat(ex.revision()).isEqualTo("b1");
					assertThat(ex.location()).hasToString("test:b1.sql:11");
					assertThat(ex.statement()).isEqualTo("ALTER TABLE missing ADD COLUMN y int");
					assertThat(ex.sqlState()).isEqualTo("42P01");
					assertThat(ex.rolledBack()).isTrue();
					assertThat(ex.getMessage()).contains("b1", "test:b1.sql:11", "relation \"missing\" does not exist",
							"ALTER TABLE missing", "rolled back", "stays at a1");
				});

			try (Connection c2 = fresh.connect()) {
				assertThat(query(c2, "SELECT revision FROM migrate_version")).containsExactly("a1");
				assertThat(query(c2, "SELECT count(*) FROM information_schema.columns WHERE table_name = 't'"))
					.containsExactly("1");
				assertThat(query(c2, "SELECT to_regclass('never') IS NULL")).containsExactly("t");
				List<HistoryRecord> history = runtime.store().readHistory(c2);
				assertThat(history).extracting(HistoryRecord::revision).containsExactly("a1", "b1");
				HistoryRecord failed = history.get(1);
				assertThat(failed.success()).isFalse();
				assertThat(failed.fromHeads()).containsExactly("a1");
				assertThat(failed.toHeads()).containsExactly("a1");
				assertThat(failed.error()).contains("relation \"missing\" does not exist");
				assertThat(failed.checksum()).isEqualTo("sum-b1");
				assertThat(history.get(0).success()).isTrue();
				assertThat(history.get(0).host()).isNotBlank();
			}
		}
	}

	@Test
	void nonTransactionalRevisionRunsInAutocommitAndReportsStatementsAlreadyRun(TestDatabase db) throws Exception {
		MigrationRuntime runtime = runtime(db, TransactionMode.PER_REVISION);
		RevisionScript a = TestRevisions.sql("n1", null, true,
				List.of("CREATE TABLE items (id int, name text)", "INSERT INTO items VALUES (1, 'x')"), List.of());
		RevisionScript b = TestRevisions.sql("n2", "n1", false,
				List.of("CREATE INDEX CONCURRENTLY items_id ON items (id)",
						"CREATE INDEX CONCURRENTLY items_name ON items (name)"),
				List.of());
		upgrade(runtime, TestRevisions.upgrade(null, a, b));

		RevisionScript c = TestRevisions.sql("n3", "n2", false,
				List.of("CREATE INDEX CONCURRENTLY items_both ON items (id, name)",
						"CREATE UNIQUE INDEX CONCURRENTLY items_broken ON items (nope)"),
				List.of());
		assertThatThrownBy(() -> upgrade(runtime, TestRevisions.upgrade("n2", c)))
			.isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
				assertThat(ex.rolledBack()).isFalse();
				assertThat(ex.statementsAlreadyRun())
					.containsExactly("CREATE INDEX CONCURRENTLY items_both ON items (id, name)");
				assertThat(ex.getMessage()).contains("not transactional", "items_both", "still records n2");
			});
		try (Connection connection = db.connect()) {
			assertThat(query(connection, "SELECT revision FROM migrate_version")).containsExactly("n2");
			assertThat(query(connection, "SELECT indexname FROM pg_indexes WHERE tablename = 'items' ORDER BY 1"))
				.containsExactly("items_both", "items_id", "items_name");
		}
	}

	@Test
	void transactionModeAllRollsBackEveryStep() throws Exception {
		try (TestDatabase fresh = TestDatabase.create()) {
			MigrationRuntime runtime = runtime(fresh, TransactionMode.ALL);
			RevisionScript a = TestRevisions.sql("x1", null, true, List.of("CREATE TABLE one (id int)"), List.of());
			RevisionScript b = TestRevisions.sql("x2", "x1", true, List.of("SELECT 1/0"), List.of());
			assertThatThrownBy(() -> upgrade(runtime, TestRevisions.upgrade(null, a, b)))
				.isInstanceOf(MigrationFailedException.class)
				.hasMessageContaining("division by zero");
			try (Connection connection = fresh.connect()) {
				assertThat(query(connection, "SELECT count(*) FROM migrate_version")).containsExactly("0");
				assertThat(query(connection, "SELECT to_regclass('one') IS NULL")).containsExactly("t");
				assertThat(query(connection, "SELECT revision || ':' || success FROM migrate_history ORDER BY id"))
					.containsExactly("x2:false");
			}
			assertThat(runtime.lastRun().applied()).isEmpty();
		}
	}

	static MigrationRuntime runtime(TestDatabase db, TransactionMode mode) {
		return new MigrationRuntime(MigrateConfig.builder()
			.url(db.jdbcUrl())
			.user(db.user())
			.password(db.password())
			.transactionMode(mode)
			.lockTimeout(Duration.ofSeconds(2))
			.build(), new RevisionFacts());
	}

	static List<String> query(Connection connection, String sql) throws Exception {
		List<String> values = new java.util.ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

	/** Runs {@code plan} the way the upgrade command does: lock, re-read, run. */
	private static List<StepRow> upgrade(MigrationRuntime runtime, MigrationPlan plan) {
		WriteRun run = runtime.startWrite("upgrade", "heads");
		try (run) {
			List<StepRow> applied;
			try (MigrationLock lock = run.lock()) {
				applied = run.locked(lock).run(plan);
			}
			return run.finished(applied);
		}
		catch (SQLException | RuntimeException ex) {
			throw run.failed(ex);
		}
	}

}

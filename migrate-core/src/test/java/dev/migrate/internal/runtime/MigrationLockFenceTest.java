package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.VersionTableConflictException;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lock's fence ({@link MigrationLock#stillHeld()}) against real PostgreSQL: it passes
 * only while this run's lock session lives, also when another instance has taken the lock
 * over (the case the fence exists for: the lock key is then held, just not by this run),
 * and it leaves nothing behind.
 */
@PostgresTest
class MigrationLockFenceTest {

	private static final StateTableNames NAMES = new StateTableNames(null, "migrate_version", "migrate_history");

	private static final String ADVISORY_LOCKS_OF_THIS_SESSION = "SELECT count(*) FROM pg_locks "
			+ "WHERE locktype = 'advisory' AND pid = pg_backend_pid()";

	@Test
	void fencePassesWhileTheLockSessionLivesAndFailsOnceItEndedThoughAnotherInstanceHoldsTheLock(TestDatabase db)
			throws Exception {
		StateStore store = new StateStore(NAMES);
		try (MigrationLock lock = acquire(db, "migrate lock fence-test"); Connection migration = db.connect()) {
			migration.setAutoCommit(false);
			store.write(migration, List.of(lock.stillHeld()));
			assertThat(StepRunnerTest.query(migration, ADVISORY_LOCKS_OF_THIS_SESSION)).containsExactly("0");
			migration.commit();

			try (Connection admin = db.connect()) {
				assertThat(StepRunnerTest.query(admin, "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
						+ "WHERE application_name = 'migrate lock fence-test'"))
					.containsExactly("t");
			}
			try (MigrationLock other = acquire(db, "migrate lock other instance")) {
				assertThatThrownBy(() -> store.write(migration, List.of(lock.stillHeld())))
					.isInstanceOf(LockLostException.class);
				migration.rollback();
				assertThat(StepRunnerTest.query(migration, ADVISORY_LOCKS_OF_THIS_SESSION)).containsExactly("0");
				migration.setAutoCommit(true);
				store.write(migration, List.of(other.stillHeld()));
			}
		}
	}

	@Test
	void theLockSessionHoldsTheLockAndTheRunsToken(TestDatabase db) throws Exception {
		try (Connection observer = db.connect(); MigrationLock lock = acquire(db, "migrate lock fence-test")) {
			// The lock (one bigint key: objsubid 1) and the token (two int keys: objsubid
			// 2), both on the lock's session. Releasing both is DataSourceTest's.
			assertThat(StepRunnerTest.query(observer,
					"SELECT a.application_name || ':' || l.objsubid FROM pg_locks l JOIN pg_stat_activity a "
							+ "USING (pid) WHERE l.locktype = 'advisory' AND l.granted "
							+ "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
							+ "ORDER BY l.objsubid"))
				.containsExactly("migrate lock fence-test:1", "migrate lock fence-test:2");
		}
	}

	@Test
	void stateRowsSentWithTheirCommitAreCommittedOnlyWhileTheLockIsHeld(TestDatabase db) throws Exception {
		StateStore store = new StateStore(new StateTableNames(null, "inline_versions", "inline_history"));
		PreparedStateWrites writes = new PreparedStateWrites();
		try (MigrationLock lock = acquire(db, "migrate lock inline-test");
				Connection migration = db.connect();
				Connection observer = db.connect()) {
			store.createTables(migration);
			migration.setAutoCommit(false);
			StepRunnerTest.query(migration, "SELECT 1 FROM (VALUES (1)) AS revision_work");
			writes.writeAndCommit(migration, store, writesFor(store, lock, Set.of(), "a1"));
			// Committed by the same round trip: another session sees the row.
			assertThat(StepRunnerTest.query(observer, "SELECT revision FROM inline_versions")).containsExactly("a1");

			// The version row changed behind the run's back: the server-side count check
			// stops the COMMIT, and the error is the one the plain write raises.
			StepRunnerTest.query(observer, "UPDATE inline_versions SET revision = 'x9' RETURNING revision");
			migration.setAutoCommit(false);
			assertThatThrownBy(
					() -> writes.writeAndCommit(migration, store, writesFor(store, lock, Set.of("a1"), "b1")))
				.isInstanceOf(VersionTableConflictException.class);
			migration.rollback();
			assertThat(StepRunnerTest.query(observer, "SELECT count(*) FROM inline_history")).containsExactly("1");
			StepRunnerTest.query(observer, "UPDATE inline_versions SET revision = 'a1' RETURNING revision");

			// The lock session ended and another instance holds the lock: nothing
			// commits.
			try (Connection admin = db.connect()) {
				StepRunnerTest.query(admin, "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
						+ "WHERE application_name = 'migrate lock inline-test'");
			}
			try (MigrationLock other = acquire(db, "migrate lock other instance")) {
				migration.setAutoCommit(false);
				assertThatThrownBy(
						() -> writes.writeAndCommit(migration, store, writesFor(store, lock, Set.of("a1"), "b1")))
					.isInstanceOf(LockLostException.class);
				migration.rollback();
				assertThat(StepRunnerTest.query(observer, "SELECT revision FROM inline_versions"))
					.containsExactly("a1");
				assertThat(StepRunnerTest.query(observer, "SELECT count(*) FROM inline_history")).containsExactly("1");
				assertThat(StepRunnerTest.query(migration, ADVISORY_LOCKS_OF_THIS_SESSION)).containsExactly("0");

				// Statements gone (a revision ran DEALLOCATE ALL): written and committed
				// with plain statements.
				migration.setAutoCommit(false);
				StepRunnerTest.query(migration, "SELECT 1 FROM (VALUES (1)) AS revision_work");
				migration.createStatement().execute("DEALLOCATE ALL");
				writes.writeAndCommit(migration, store, writesFor(store, other, Set.of("a1"), "b1"));
				assertThat(StepRunnerTest.query(observer, "SELECT revision FROM inline_versions"))
					.containsExactly("b1");
				migration.setAutoCommit(true);
			}
		}
	}

	@Test
	void serverSideChecksCoverFencesAndCountsOfDataChangesOnly() {
		SqlCommand fence = SqlCommand.fence("SELECT 1 WHERE NOT pg_catalog.pg_try_advisory_xact_lock(?, ?)", 1, 2);
		assertThat(PreparedStateWrites.checkedOnServer(fence).sql()).isEqualTo("SELECT 1 / (SELECT count(*) FROM "
				+ "(SELECT 1 WHERE NOT pg_catalog.pg_try_advisory_xact_lock(?, ?)) fence)");
		SqlCommand update = SqlCommand.of("UPDATE v SET revision = ? WHERE revision = ?", 1, "b", "a");
		assertThat(PreparedStateWrites.checkedOnServer(update).sql()).isEqualTo("WITH changed AS (UPDATE v SET "
				+ "revision = ? WHERE revision = ? RETURNING 1) SELECT 1 / (count(*) = 1)::int FROM changed");
		assertThat(PreparedStateWrites.checkedOnServer(update).parameters()).containsExactly("b", "a");
		SqlCommand any = SqlCommand.of("INSERT INTO h VALUES (?)", SqlCommand.ANY_ROWS, "x");
		assertThat(PreparedStateWrites.checkedOnServer(any)).isSameAs(any);
		assertThat(PreparedStateWrites.checkedOnServer(SqlCommand.of("SELECT count(*) FROM h", 1))).isNull();
	}

	private static List<SqlCommand> writesFor(StateStore store, MigrationLock lock, Set<String> before, String after) {
		List<SqlCommand> commands = new ArrayList<>();
		commands.add(lock.stillHeld());
		commands.addAll(store.versionTable().changes(before, Set.of(after)));
		commands.add(store.historyTable()
			.insert(StateStoreTest.row(after, List.copyOf(before), List.of(after), "sum of " + after)));
		return commands;
	}

	private static MigrationLock acquire(TestDatabase db, String name) throws Exception {
		return MigrationLock.acquire(db.connect(), name, NAMES, Duration.ofSeconds(20), new Listeners(List.of()));
	}

}

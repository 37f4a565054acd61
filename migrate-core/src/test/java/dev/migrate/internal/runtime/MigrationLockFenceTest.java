package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
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

	private static MigrationLock acquire(TestDatabase db, String name) throws Exception {
		return MigrationLock.acquire(db.connect(), name, NAMES, Duration.ofSeconds(20), new Listeners(List.of()));
	}

}

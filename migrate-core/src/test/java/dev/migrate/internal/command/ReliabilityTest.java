package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrationFailedException;
import dev.migrate.Resolution;
import dev.migrate.UnresolvedStepException;
import dev.migrate.result.FailedStep;
import dev.migrate.result.VerifyResult;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: nothing runs twice, nothing is misreported, under lost locks, failed
 * non-transactional revisions, leaked session state and broken connections. Faults are
 * real: {@code pg_terminate_backend}, {@code idle_session_timeout}, kill -9 of a child
 * JVM, a table lock held by another session.
 */
@PostgresTest
class ReliabilityTest {

	private TestDatabase db;

	@BeforeEach
	void createDatabase() throws Exception {
		this.db = TestDatabase.create();
	}

	@AfterEach
	void dropDatabase() throws Exception {
		this.db.close();
	}

	/**
	 * Sessions holding advisory locks: a run's lock session holds two, the lock and the
	 * run's token (see MigrationLock).
	 */
	private static final String ADVISORY_LOCK_HOLDERS = "SELECT count(DISTINCT pid) FROM pg_locks "
			+ "WHERE locktype = 'advisory' "
			+ "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

	@Test
	void failedNonTransactionalRevisionIsRecordedBlocksEveryLaterRunAndIsResolvedAsRolledBack() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "nontx").build());
		migrate.upgrade("n0001");
		Fixtures.execute(db, "UPDATE fail_control SET fail = true");

		assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(MigrationFailedException.class,
				ex -> assertThat(ex.getMessage()).contains("n0002", "division by zero", "INSERT INTO items VALUES (2)",
						"migrate resolve n0002 --applied", "--rolled-back"));
		assertThat(Fixtures.query(db, "SELECT count(*) FROM items WHERE id = 2")).containsExactly("1");

		VerifyResult verify = migrate.verify();
		assertThat(verify.upToDate()).isFalse();
		assertThat(verify.failed()).singleElement().satisfies(step -> {
			assertThat(step.revision()).isEqualTo("n0002");
			assertThat(step.state()).isEqualTo("failed");
			assertThat(step.completedStatements()).hasSize(2).first().asString().contains("INSERT INTO items");
		});
		assertThat(migrate.status().failed()).extracting(FailedStep::revision).containsExactly("n0002");
		assertThat(migrate.current().heads()).containsExactly("n0001");
		assertThat(migrate.current().failed()).extracting(FailedStep::revision, FailedStep::state)
			.containsExactly(tuple("n0002", "failed"));
		assertThat(migrate.history().failedStep("n0002")).extracting(FailedStep::state).isEqualTo("failed");
		assertThat(migrate.history("n0003:").failed()).isEmpty();

		// Every later run, here and in other instances, refuses instead of inserting
		// again.
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(Migrate.create(Fixtures.config(db, "nontx").build())::upgrade)
				.isInstanceOfSatisfying(UnresolvedStepException.class, ex -> {
					assertThat(ex.revision()).isEqualTo("n0002");
					assertThat(ex.getMessage()).contains("failed during upgrade", "INSERT INTO items VALUES (2)",
							"migrate resolve n0002 --applied");
				});
		}
		assertThat(Fixtures.query(db, "SELECT count(*) FROM items WHERE id = 2")).containsExactly("1");
		assertThat(Fixtures.versions(db)).containsExactly("n0001");

		// The operator undoes the INSERT and says so; the next run applies n0002 again.
		Fixtures.execute(db, "DELETE FROM items WHERE id = 2; UPDATE fail_control SET fail = false");
		migrate.resolve("n0002", Resolution.ROLLED_BACK);
		assertThat(Fixtures.query(db, "SELECT direction, message, applied_by = session_user FROM migrate_history "
				+ "WHERE direction = 'resolve'"))
			.containsExactly("resolve|upgrade rolled back|t");
		assertThat(migrate.verify().failed()).isEmpty();
		assertThat(migrate.current().failed()).isEmpty();
		assertThat(migrate.history().failed()).isEmpty();
		assertThat(migrate.upgrade().applied()).hasSize(2);
		assertThat(Fixtures.query(db, "SELECT count(*) FROM items WHERE id = 2")).containsExactly("1");
		assertThat(Fixtures.versions(db)).containsExactly("n0003");
	}

	@Test
	void replicasRacingPastAFailingNonTransactionalRevisionRunItsStatementsOnce() throws Exception {
		Migrate.create(Fixtures.config(db, "nontx").build()).upgrade("n0001");
		Fixtures.execute(db, "UPDATE fail_control SET fail = true");
		int replicas = 6;
		ExecutorService pool = Executors.newFixedThreadPool(replicas);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Throwable>> outcomes = new ArrayList<>();
		for (int i = 0; i < replicas; i++) {
			Migrate replica = Migrate.create(Fixtures.config(db, "nontx").build());
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					replica.upgrade();
					return null;
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}));
		}
		start.countDown();
		int failedRuns = 0;
		int refusedRuns = 0;
		for (Future<Throwable> outcome : outcomes) {
			Throwable error = outcome.get(60, TimeUnit.SECONDS);
			failedRuns += error instanceof MigrationFailedException ? 1 : 0;
			refusedRuns += error instanceof UnresolvedStepException ? 1 : 0;
		}
		pool.shutdown();
		assertThat(failedRuns).isEqualTo(1);
		assertThat(refusedRuns).isEqualTo(replicas - 1);
		assertThat(Fixtures.query(db, "SELECT count(*) FROM items WHERE id = 2")).containsExactly("1");
	}

	@Test
	void nonTransactionalRevisionKilledMidwayIsIncompleteAndResolvedAsApplied() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "nontx").build());
		migrate.upgrade("n0001");
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 120");
		Process victim = UpgradeProcess.start(db.jdbcUrl(), db.user(), db.password(), "nontx");
		awaitActive(db, "SELECT pg_sleep((SELECT seconds FROM sleep_control))%");
		victim.destroyForcibly();
		assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 0");

		assertThat(migrate.current().failed()).extracting(FailedStep::state).containsExactly("incomplete");
		assertThat(migrate.verify().failed()).singleElement().satisfies(step -> {
			assertThat(step.state()).isEqualTo("incomplete");
			assertThat(step.completedStatements()).containsExactly("INSERT INTO items VALUES (2)");
		});
		assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(UnresolvedStepException.class,
				ex -> assertThat(ex.getMessage()).contains("was interrupted", "1 statement(s) had completed",
						"INSERT INTO items VALUES (2)"));
		assertThat(Fixtures.query(db, "SELECT count(*) FROM items WHERE id = 2")).containsExactly("1");

		// The operator finished the rest by hand (the sleep and the check need no redo).
		assertThat(migrate.resolve("n0002", Resolution.APPLIED).headsAfter()).containsExactly("n0002");
		assertThat(Fixtures.query(db,
				"SELECT success, error LIKE '%resolved as applied by ' || session_user || '%' FROM migrate_history "
						+ "WHERE revision = 'n0002' AND direction = 'upgrade'"))
			.containsExactly("t|t");
		assertThat(migrate.upgrade().applied()).hasSize(1);
		assertThat(Fixtures.versions(db)).containsExactly("n0003");
		assertThat(Fixtures.query(db, "SELECT count(*) FROM items WHERE id = 2")).containsExactly("1");
	}

	@Test
	void runThatLosesTheLockDuringANonTransactionalRevisionStopsBeforeRecordingAndNothingRunsTwice() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "nontx").build());
		migrate.upgrade("n0001");
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 2");
		ExecutorService pool = Executors.newSingleThreadExecutor();
		Future<Throwable> run = pool.submit(failureOf(migrate::upgrade));
		awaitActive(db, "SELECT pg_sleep((SELECT seconds FROM sleep_control))%");
		assertThat(Fixtures.query(db,
				"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
						+ "WHERE application_name LIKE 'migrate lock%' AND datname = current_database()"))
			.containsExactly("t");
		// A second instance takes the free lock at once; it must not run n0002 again.
		assertThatThrownBy(Migrate.create(Fixtures.config(db, "nontx").build())::upgrade)
			.isInstanceOf(UnresolvedStepException.class);
		Throwable error = run.get(60, TimeUnit.SECONDS);
		pool.shutdown();
		assertThat(error).isInstanceOf(MigrateException.class).hasMessageContaining("lost the migration lock");
		assertThat(Fixtures.versions(db)).containsExactly("n0001");
		assertThat(Fixtures.query(db, "SELECT count(*) FROM items WHERE id = 2")).containsExactly("1");
		assertThat(Fixtures.query(db, ADVISORY_LOCK_HOLDERS)).containsExactly("0");
		assertThat(migrate.verify().failed()).extracting(FailedStep::revision).containsExactly("n0002");
	}

	@Test
	void runThatLosesTheLockDuringATransactionalRevisionRollsItBackAndTheNextRunAppliesIt() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "kill").build());
		migrate.upgrade("k0001");
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 2");
		ExecutorService pool = Executors.newSingleThreadExecutor();
		Future<Throwable> run = pool.submit(failureOf(migrate::upgrade));
		awaitActive(db, "SELECT pg_sleep((SELECT seconds FROM sleep_control))%");
		Fixtures.query(db, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
				+ "WHERE application_name LIKE 'migrate lock%' AND datname = current_database()");
		Throwable error = run.get(60, TimeUnit.SECONDS);
		pool.shutdown();
		assertThat(error).isInstanceOf(MigrationFailedException.class)
			.hasMessageContaining("lost the migration lock")
			.hasMessageContaining("rolled back");
		assertThat(Fixtures.versions(db)).containsExactly("k0001");
		assertThat(Fixtures.query(db, "SELECT to_regclass('half_done') IS NULL")).containsExactly("t");
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 0");
		assertThat(migrate.upgrade().applied()).hasSize(1);
		assertThat(Fixtures.versions(db)).containsExactly("k0002");
	}

	@Test
	void lockSessionSurvivesTheDatabasesIdleSessionTimeout() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "kill").build());
		migrate.upgrade("k0001");
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 3");
		Fixtures.execute(db, "ALTER DATABASE " + database(db) + " SET idle_session_timeout = '1s'");
		ExecutorService pool = Executors.newSingleThreadExecutor();
		Future<Throwable> run = pool.submit(failureOf(migrate::upgrade));
		awaitActive(db, "SELECT pg_sleep((SELECT seconds FROM sleep_control))%");
		Thread.sleep(2000); // twice the idle timeout
		List<String> locksMidRun = Fixtures.query(db, ADVISORY_LOCK_HOLDERS);
		Throwable error = run.get(60, TimeUnit.SECONDS);
		pool.shutdown();
		Fixtures.execute(db, "ALTER DATABASE " + database(db) + " RESET idle_session_timeout");
		assertThat(locksMidRun).as("the lock is still held after the idle timeout").containsExactly("1");
		assertThat(error).isNull();
		assertThat(Fixtures.versions(db)).containsExactly("k0002");
	}

	@Test
	void revisionsCannotSendStateRowsElsewhereOrLeaveTheirRoleAndSearchPathToTheNext() throws Exception {
		Fixtures.execute(db,
				"DO $$ BEGIN CREATE ROLE migrate_probe_role; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
						+ "GRANT CREATE, USAGE ON SCHEMA public TO migrate_probe_role");
		Migrate migrate = Migrate.create(Fixtures.config(db, "session").build());
		assertThat(migrate.upgrade().applied()).hasSize(3);
		assertThat(Fixtures.query(db, "SELECT revision FROM public.migrate_version")).containsExactly("s0003");
		assertThat(Fixtures.query(db, "SELECT count(*) FROM other.migrate_version")).containsExactly("0");
		assertThat(Fixtures.query(db, "SELECT count(*) FROM other.migrate_history")).containsExactly("0");
		assertThat(Fixtures.query(db, "SELECT who FROM role_probe")).containsExactly("migrate_probe_role");
		assertThat(Fixtures.query(db, "SELECT who = session_user, path FROM next_probe"))
			.containsExactly("t|\"$user\", public");
		assertThat(Fixtures.query(db, "SELECT DISTINCT applied_by FROM migrate_history")).containsExactly(db.user());
	}

	@Test
	void statementsThatCompletedButCouldNotBeRecordedAreReportedAsSuchWithinTheLockTimeout() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "nontx").lockTimeout(Duration.ofSeconds(1)).build());
		migrate.upgrade("n0001");
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 1.5");
		ExecutorService pool = Executors.newSingleThreadExecutor();
		long start = System.nanoTime();
		Future<Throwable> run = pool.submit(failureOf(migrate::upgrade));
		awaitActive(db, "SELECT pg_sleep((SELECT seconds FROM sleep_control))%");
		Throwable error;
		try (Connection dba = db.connect(); Statement statement = dba.createStatement()) {
			dba.setAutoCommit(false);
			statement.execute("LOCK TABLE migrate_history IN EXCLUSIVE MODE");
			error = run.get(60, TimeUnit.SECONDS);
			dba.rollback();
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		pool.shutdown();
		assertThat(error).isInstanceOf(MigrationFailedException.class)
			.hasMessageContaining("all 3 statement(s) of it completed and stay applied, but recording that failed")
			.hasMessageContaining("INSERT INTO items VALUES (2)")
			.hasMessageNotContaining("no statement of it had run");
		assertThat(elapsed).isLessThan(Duration.ofSeconds(15));
		assertThat(migrate.verify().failed()).extracting(FailedStep::revision).containsExactly("n0002");
		migrate.resolve("n0002", Resolution.APPLIED);
		assertThat(Fixtures.versions(db)).containsExactly("n0002");
	}

	@Test
	void connectionLostInsideATransactionalRevisionNamesItAndRecordsTheFailureOverANewConnection() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "kill").build());
		migrate.upgrade("k0001");
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 60");
		ExecutorService pool = Executors.newSingleThreadExecutor();
		Future<Throwable> run = pool.submit(failureOf(migrate::upgrade));
		awaitActive(db, "SELECT pg_sleep((SELECT seconds FROM sleep_control))%");
		Fixtures.query(db, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE "
				+ "'SELECT pg_sleep((SELECT seconds FROM sleep_control))%' AND pid <> pg_backend_pid()");
		Throwable error = run.get(60, TimeUnit.SECONDS);
		pool.shutdown();
		assertThat(error).isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
			assertThat(ex.revision()).isEqualTo("k0002");
			assertThat(ex.getMessage()).contains("k0002_slow.sql:7", "pg_sleep",
					"terminating connection due to administrator command", "rolled back");
		});
		assertThat(Fixtures.query(db,
				"SELECT revision, success, coalesce(error LIKE '%administrator command%', false) FROM migrate_history "
						+ "ORDER BY id"))
			.containsExactly("k0001|t|f", "k0002|f|t");
		assertThat(Fixtures.versions(db)).containsExactly("k0001");
	}

	@Test
	void anEditedAppliedRevisionIsAcceptedWithResolveAcceptChecksum(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("e0001_table.sql");
		Files.writeString(file, "-- revision: e0001\n\n-- migrate:upgrade\nCREATE TABLE edited (id int);\n");
		Migrate migrate = Migrate.create(Fixtures.config(db, "unused").locations("filesystem:" + dir).build());
		migrate.upgrade();
		Files.writeString(file, "-- revision: e0001\n\n-- migrate:upgrade\nCREATE TABLE edited (id bigint);\n");
		Migrate edited = Migrate.create(Fixtures.config(db, "unused").locations("filesystem:" + dir).build());
		assertThat(edited.verify().mismatches()).hasSize(1);
		assertThat(edited.resolve("e0001", Resolution.ACCEPT_CHECKSUM).revision()).isEqualTo("e0001");
		assertThat(edited.verify().upToDate()).isTrue();
		assertThat(Fixtures.query(db,
				"SELECT direction, coalesce(message, '') LIKE 'accepted checksum (was %', "
						+ "applied_by = session_user FROM migrate_history ORDER BY id"))
			.containsExactly("upgrade|f|t", "resolve|t|t");
		assertThatThrownBy(() -> edited.resolve("e0001", Resolution.ACCEPT_CHECKSUM))
			.hasMessageContaining("Nothing to accept");
		assertThatThrownBy(() -> edited.resolve("e0001", Resolution.APPLIED))
			.hasMessageContaining("no failed or interrupted step");
	}

	private static Callable<Throwable> failureOf(Runnable command) {
		return () -> {
			try {
				command.run();
				return null;
			}
			catch (RuntimeException ex) {
				return ex;
			}
		};
	}

	private static String database(TestDatabase db) {
		String url = db.jdbcUrl();
		String path = url.substring(url.lastIndexOf('/') + 1);
		int query = path.indexOf('?');
		return "\"" + (query < 0 ? path : path.substring(0, query)) + "\"";
	}

	private static void awaitActive(TestDatabase db, String queryPattern) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (!Fixtures
				.query(db,
						"SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE '"
								+ queryPattern.replace("'", "''") + "'")
				.isEmpty()) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no session ever ran " + queryPattern);
	}

}

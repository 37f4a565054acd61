package dev.migrate.internal.command;

import dev.migrate.result.PlannedStep;

import dev.migrate.result.AppliedStep;
import dev.migrate.result.UpgradeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.ChecksumMismatchException;
import dev.migrate.LockWaitTimeoutException;
import dev.migrate.Migrate;
import dev.migrate.MigrateListener;
import dev.migrate.MigrationFailedException;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** lock-timeout for revision statements and lock-wait-timeout for the migration lock. */
@PostgresTest
class LockTest {

	@Test
	void revisionBlockedByAnAccessExclusiveLockFailsWithinTheLockTimeoutAndARetrySucceeds() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "blocked").lockTimeout(Duration.ofSeconds(1)).build());
			migrate.upgrade("l0001");
			try (Connection blocker = db.connect()) {
				blocker.setAutoCommit(false);
				try (Statement statement = blocker.createStatement()) {
					statement.execute("LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE");
				}
				long start = System.nanoTime();
				assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
					assertThat(ex.revision()).isEqualTo("l0002");
					assertThat(ex.sqlState()).isEqualTo("55P03");
					assertThat(ex.getMessage()).contains("l0002", "l0002_balance.sql:6",
							"ALTER TABLE accounts ADD COLUMN balance", "lock timeout");
				});
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				System.out
					.println("[LockTest] blocked revision failed after " + took.toMillis() + " ms (lock-timeout 1s)");
				assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(5));
				assertThat(Fixtures.versions(db)).containsExactly("l0001");
				blocker.rollback();
			}
			assertThat(migrate.upgrade().applied()).extracting(AppliedStep::revision).containsExactly("l0002");
			assertThat(Fixtures.versions(db)).containsExactly("l0002");
			assertThat(Fixtures.query(db, "SELECT revision, success FROM migrate_history ORDER BY id"))
				.containsExactly("l0001|t", "l0002|f", "l0002|t");
		}
	}

	@Test
	void statementTimeoutStopsALongRevisionStatementButNotTheBookkeeping() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate slow = Migrate.create(Fixtures.config(db, "kill").statementTimeout(Duration.ofMillis(300)).build());
			slow.upgrade("k0001");
			try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
				statement.execute("UPDATE sleep_control SET seconds = 5");
			}
			long start = System.nanoTime();
			assertThatThrownBy(slow::upgrade).isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
				assertThat(ex.revision()).isEqualTo("k0002");
				assertThat(ex.sqlState()).isEqualTo("57014");
				assertThat(ex.statement()).contains("pg_sleep");
			});
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			assertThat(Fixtures.versions(db)).containsExactly("k0001");
			assertThat(Fixtures.query(db, "SELECT to_regclass('half_done') IS NULL")).containsExactly("t");
			try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
				statement.execute("UPDATE sleep_control SET seconds = 0.1");
			}
			assertThat(slow.upgrade().applied()).extracting(AppliedStep::revision).containsExactly("k0002");
		}
	}

	@Test
	void waitingForTheMigrationLockTimesOutNamingTheHolder(TestDatabase db) throws Exception {
		List<Throwable> lockFailures = new ArrayList<>();
		Migrate migrate = Migrate.create(
				Fixtures.config(db, "blocked").lockWaitTimeout(Duration.ofMillis(700)).listener(new MigrateListener() {
					@Override
					public void lockFailed(Duration waited, Throwable error) {
						lockFailures.add(error);
					}
				}).build());
		try (Connection holder = db.connect(); Statement statement = holder.createStatement()) {
			statement.execute("SET application_name = 'other deployer'");
			statement.execute("SELECT pg_advisory_lock(hashtextextended('migrate:' || current_schema() || '.' "
					+ "|| 'migrate_version', 0))");
			int pid;
			try (var rs = statement.executeQuery("SELECT pg_backend_pid()")) {
				rs.next();
				pid = rs.getInt(1);
			}
			long start = System.nanoTime();
			assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(LockWaitTimeoutException.class, ex -> {
				assertThat(ex.holder().pid()).isEqualTo(pid);
				assertThat(ex.holder().applicationName()).isEqualTo("other deployer");
				assertThat(ex.holder().since()).isNotNull();
				assertThat(ex.getMessage()).contains("pid " + pid, "other deployer", "pg_terminate_backend");
			});
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(700)).isLessThan(Duration.ofSeconds(3));
			assertThat(lockFailures).singleElement().isInstanceOf(LockWaitTimeoutException.class);
		}
		assertThat(Fixtures.query(db, "SELECT to_regclass('accounts') IS NULL")).containsExactly("t");
		assertThat(migrate.upgrade().applied()).hasSize(2);
	}

	@Test
	void anInstanceWaitingForTheLockStopsWaitingOnceTheHolderHasAppliedEverything() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			holderAndWaiter(db, "blocked", (waiterRun, waiterLockEvents) -> {
				UpgradeResult waited = waiterRun.get(30, TimeUnit.SECONDS); // while the
																			// holder
																			// still holds
																			// the lock
				assertThat(waited.applied()).isEmpty();
				assertThat(waited.headsAfter()).containsExactly("l0002");
				assertThat(waiterLockEvents).isEmpty();
			});
		}
	}

	@Test
	void aWaitingInstanceWithAnEditedAppliedRevisionFailsOnTheChecksumNotOnTheLock() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			holderAndWaiter(db, "blocked-edited", (waiterRun, waiterLockEvents) -> {
				assertThatThrownBy(() -> waiterRun.get(30, TimeUnit.SECONDS))
					.hasCauseInstanceOf(ChecksumMismatchException.class)
					.hasMessageContaining("l0001");
				assertThat(waiterLockEvents).isEmpty(); // neither lockAcquired nor
														// lockFailed
			});
		}
	}

	@FunctionalInterface
	private interface WaiterCheck {

		void check(CompletableFuture<UpgradeResult> waiterRun, List<String> waiterLockEvents) throws Exception;

	}

	/**
	 * A holder pauses inside its run with the lock held; a waiter with
	 * {@code waiterFixture} starts and polls; the holder commits everything and pauses
	 * again, still holding the lock, while {@code check} looks at the waiter.
	 */
	private static void holderAndWaiter(TestDatabase db, String waiterFixture, WaiterCheck check) throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch goOn = new CountDownLatch(1);
		CountDownLatch allCommitted = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		Migrate holder = Migrate.create(Fixtures.config(db, "blocked").listener(new MigrateListener() {
			@Override
			public void stepStarted(PlannedStep step) {
				if (step.revision().id().equals("l0001")) {
					holding.countDown();
					await(goOn);
				}
			}

			@Override
			public void stepFinished(PlannedStep step, Duration duration, Throwable error) {
				if (step.revision().id().equals("l0002")) {
					// Everything is committed; the holder keeps the lock until the latch
					// opens.
					allCommitted.countDown();
					await(finish);
				}
			}
		}).build());
		List<String> waiterLockEvents = new CopyOnWriteArrayList<>();
		Migrate waiter = Migrate.create(Fixtures.config(db, waiterFixture).listener(new MigrateListener() {
			@Override
			public void lockAcquired(Duration waited) {
				waiterLockEvents.add("acquired");
			}

			@Override
			public void lockFailed(Duration waited, Throwable error) {
				waiterLockEvents.add("failed: " + error);
			}
		}).build());

		CompletableFuture<UpgradeResult> holderRun = CompletableFuture.supplyAsync(holder::upgrade);
		assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<UpgradeResult> waiterRun = CompletableFuture.supplyAsync(waiter::upgrade);
		// The waiter is polling once both lock sessions are there (the holder's and its
		// own).
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!Fixtures.query(db, "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'migrate lock%'")
			.equals(List.of("2"))) {
			assertThat(System.nanoTime()).isLessThan(deadline);
			Thread.sleep(20);
		}
		goOn.countDown();
		assertThat(allCommitted.await(30, TimeUnit.SECONDS)).isTrue();

		try {
			check.check(waiterRun, waiterLockEvents);
		}
		finally {
			finish.countDown();
		}
		assertThat(holderRun.get(30, TimeUnit.SECONDS).applied()).extracting(AppliedStep::revision)
			.containsExactly("l0001", "l0002");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void stateTablesInAnotherSchemaUseAnotherLock() throws Exception {
		try (TestDatabase db = TestDatabase.create();
				Connection holder = db.connect();
				Statement statement = holder.createStatement()) {
			statement.execute("SELECT pg_advisory_lock(hashtextextended('migrate:' || current_schema() || '.' "
					+ "|| 'migrate_version', 0))");
			Migrate other = Migrate.create(
					Fixtures.config(db, "blocked").schema("tenant_b").lockWaitTimeout(Duration.ofMillis(500)).build());
			assertThat(other.upgrade().applied()).hasSize(2);
			assertThat(Fixtures.query(db, "SELECT revision FROM tenant_b.migrate_version")).containsExactly("l0002");
		}
	}

}

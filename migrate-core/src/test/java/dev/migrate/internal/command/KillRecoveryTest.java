package dev.migrate.internal.command;

import dev.migrate.result.AppliedStep;
import dev.migrate.result.UpgradeResult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A migrator killed with {@code kill -9} in the middle of a transactional revision leaves
 * no stuck lock and no half-applied revision: the next instance gets the lock within
 * seconds and applies it.
 */
@PostgresTest
class KillRecoveryTest {

	@Test
	void killedMigratorLeavesNothingStuck(TestDatabase db) throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "kill").lockWaitTimeout(Duration.ofSeconds(30)).build());
		migrate.upgrade("k0001");
		try (var connection = db.connect(); var statement = connection.createStatement()) {
			statement.execute("UPDATE sleep_control SET seconds = 120");
		}

		Process victim = UpgradeProcess.start(db.jdbcUrl(), db.user(), db.password(), "kill");
		awaitSleepingRevision(db);
		victim.destroyForcibly();
		assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
		long killedAt = System.nanoTime();

		assertThat(Fixtures.versions(db)).containsExactly("k0001");
		try (var connection = db.connect(); var statement = connection.createStatement()) {
			statement.execute("UPDATE sleep_control SET seconds = 0");
		}
		UpgradeResult recovered = migrate.upgrade();
		Duration recovery = Duration.ofNanos(System.nanoTime() - killedAt);
		System.out.println("[KillRecoveryTest] lock acquired " + recovered.lockWait().toMillis()
				+ " ms after asking; upgrade finished " + recovery.toMillis() + " ms after the kill");
		assertThat(recovered.lockWait()).isLessThan(Duration.ofSeconds(5));
		assertThat(recovery).isLessThan(Duration.ofSeconds(10));
		assertThat(recovered.applied()).extracting(AppliedStep::revision).containsExactly("k0002");
		assertThat(Fixtures.versions(db)).containsExactly("k0002");
		assertThat(Fixtures.query(db, "SELECT count(*) FROM half_done")).containsExactly("1");
		assertThat(Fixtures.query(db, "SELECT revision, success FROM migrate_history ORDER BY id"))
			.containsExactly("k0001|t", "k0002|t");
	}

	/**
	 * Waits until a migrator runs the fixtures' {@code pg_sleep} on
	 * {@code sleep_control}.
	 */
	static void awaitSleepingRevision(TestDatabase db) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (!Fixtures
				.query(db,
						"SELECT pid FROM pg_stat_activity WHERE state = 'active' "
								+ "AND query LIKE 'SELECT pg_sleep((SELECT seconds FROM sleep_control))%'")
				.isEmpty()) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the victim process never reached the slow statement");
	}

}

package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import dev.migrate.result.DowngradeResult;
import dev.migrate.result.UpgradeResult;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A database whose DBA ends idle sessions after 2 s ({@code idle_session_timeout},
 * {@code idle_in_transaction_session_timeout}, set with {@code ALTER DATABASE}) must not
 * end migrate's: neither the session of an instance waiting several seconds for the
 * migration lock (it idles until the lock is its own, then reads the state on it), nor
 * the transaction of a revision that works between its statements. The waiter goes on
 * once the holder is done and finds nothing left to do; everything ran once.
 */
@PostgresTest
class IdleTimeoutWhileWaitingTest {

	/** Longer than the server's idle timeouts below. */
	private static final long WORK_MILLIS = 3_000;

	@Revision(id = "it01", message = "effects table")
	public static final class CreateEffects implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("CREATE TABLE effects (what text NOT NULL)");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DROP TABLE effects");
		}

	}

	/**
	 * Works in Java between its statements, its transaction idle meanwhile (and so the
	 * lock is held for seconds).
	 */
	@Revision(id = "it02", revises = "it01", message = "slow data migration")
	public static final class SlowDataMigration implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("INSERT INTO effects VALUES ('it02 upgrade')");
			work();
			op.execute("CREATE TABLE it02_done (id int)");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("INSERT INTO effects VALUES ('it02 downgrade')");
			work();
			op.execute("DROP TABLE it02_done");
		}

		private static void work() {
			try {
				Thread.sleep(WORK_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	@Test
	void aWaitLongerThanTheServersIdleTimeoutsEndsInANoOpAndNothingRunsTwice(TestDatabase db) throws Exception {
		Migrate.create(config(db)).upgrade("it01");
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("ALTER DATABASE \"" + db.name() + "\" SET idle_session_timeout = '2s'");
			statement.execute("ALTER DATABASE \"" + db.name() + "\" SET idle_in_transaction_session_timeout = '2s'");
		}

		// An upgrade waits behind an upgrade (it polls the state while waiting).
		CompletableFuture<UpgradeResult> holder = CompletableFuture
			.supplyAsync(() -> Migrate.create(config(db)).upgrade("it02"));
		awaitLockHeld(db);
		UpgradeResult waiter = Migrate.create(config(db)).upgrade("heads");
		assertThat(holder.get(60, TimeUnit.SECONDS).applied()).hasSize(1);
		assertThat(waiter.applied()).isEmpty();
		assertThat(waiter.headsAfter()).containsExactly("it02");

		// A downgrade waits behind a downgrade (its session idles until the lock is
		// its own).
		CompletableFuture<DowngradeResult> downgrading = CompletableFuture
			.supplyAsync(() -> Migrate.create(config(db)).downgrade("it01"));
		awaitLockHeld(db);
		long waitStart = System.nanoTime();
		DowngradeResult secondDowngrade = Migrate.create(config(db)).downgrade("it01");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - waitStart)).isGreaterThan(2_000);
		assertThat(downgrading.get(60, TimeUnit.SECONDS).applied()).hasSize(1);
		assertThat(secondDowngrade.applied()).isEmpty();

		assertThat(Fixtures.query(db, "SELECT what FROM effects ORDER BY what")).containsExactly("it02 downgrade",
				"it02 upgrade");
		assertThat(Fixtures.query(db,
				"SELECT revision || ' ' || direction FROM migrate_history" + " WHERE success ORDER BY id"))
			.containsExactly("it01 upgrade", "it02 upgrade", "it02 downgrade");
		assertThat(Fixtures.versions(db)).containsExactly("it01");
	}

	private static dev.migrate.MigrateConfig config(TestDatabase db) {
		return Fixtures.config(db, "none")
			.migrations(List.of(new CreateEffects(), new SlowDataMigration()))
			.lockWaitTimeout(java.time.Duration.ofSeconds(60))
			.build();
	}

	/** Until another session holds an advisory lock: the holder started its run. */
	private static void awaitLockHeld(TestDatabase db) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (Fixtures.query(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")
			.equals(List.of("0"))) {
			assertThat(System.nanoTime()).as("the holder takes the lock within 30 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}

package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 10: an ACCESS EXCLUSIVE lock on {@code migrate_history} (a DBA's
 * {@code LOCK TABLE}) no longer blocks the state read without a word: every command that
 * reads the state fails within the lock timeout, naming the session and how to end it.
 */
@PostgresTest
class StateReadLockTest {

	@Test
	void aStateTableLockedByAnotherSessionFailsTheReadWithinTheLockTimeoutNamingTheBlocker(TestDatabase db)
			throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "nontx").lockTimeout(Duration.ofSeconds(1)).build());
		migrate.upgrade("n0001");
		try (Connection dba = db.connect(); Statement statement = dba.createStatement()) {
			dba.setAutoCommit(false);
			int pid;
			try (ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
				rs.next();
				pid = rs.getInt(1);
			}
			statement.execute("LOCK TABLE migrate_history IN ACCESS EXCLUSIVE MODE");
			for (ThrowingCallable command : new ThrowingCallable[] { migrate::verify, migrate::upgrade,
					migrate::current, migrate::history, migrate::status }) {
				long start = System.nanoTime();
				assertThatThrownBy(command).isInstanceOf(MigrateException.class)
					.hasMessageContaining("Could not read the migration state: waited 1000 ms (lock-timeout)")
					.hasMessageContaining("pid " + pid + " holds ACCESS EXCLUSIVE on migrate_history (user " + db.user()
							+ ", application 'PostgreSQL JDBC Driver', idle in transaction since ")
					.hasMessageContaining("last statement: LOCK TABLE migrate_history IN ACCESS EXCLUSIVE MODE")
					.hasMessageContaining("SELECT pg_terminate_backend(" + pid + ");");
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
			}
			dba.rollback();
		}
		assertThat(migrate.verify().current()).containsExactly("n0001");
	}

}

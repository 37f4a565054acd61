package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateListener;
import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Connections from an application DataSource (usually a pool) are handed back as they
 * were given: same application_name, autocommit on, session timeouts restored, no
 * advisory lock and no prepared statement left.
 */
@PostgresTest
class DataSourceTest {

	@Test
	void dataSourceConnectionsAreHandedBackUnchanged(TestDatabase db) throws Exception {
		PoolLikeDataSource pool = new PoolLikeDataSource(db.dataSource());
		Migrate migrate = Migrate.create(MigrateConfig.builder()
			.dataSource(pool)
			.locations("classpath:runtime-revisions/blocked")
			.lockTimeout(Duration.ofSeconds(3))
			.build());
		assertThat(migrate.upgrade().applied()).hasSize(2);
		// The migration connection (which also made the unlocked check) and the lock
		// connection.
		assertThat(pool.handedOut()).hasSize(2);
		// A no-op start: one connection, no lock taken.
		assertThat(migrate.upgrade().applied()).isEmpty();
		assertThat(pool.handedOut()).hasSize(3);
		for (Connection connection : pool.handedOut()) {
			assertThat(connection.getAutoCommit()).isTrue();
			assertThat(Fixtures.query(connection,
					"SELECT current_setting('application_name'), "
							+ "current_setting('lock_timeout'), current_setting('statement_timeout')"))
				.containsExactly("the app|0|0");
			assertThat(Fixtures.query(connection,
					"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' " + "AND pid = pg_backend_pid()"))
				.containsExactly("0");
			// The run's prepared state writes are deallocated: the session is the pool's.
			assertThat(Fixtures.query(connection,
					"SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'migrate%'"))
				.containsExactly("0");
			connection.close();
		}
	}

	@Test
	void listenersHearOfARunOnlyOnceItsConnectionsAreBackInThePool() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			listenersHearOfARunOnlyOnceItsConnectionsAreBackInThePool(db);
		}
	}

	private static void listenersHearOfARunOnlyOnceItsConnectionsAreBackInThePool(TestDatabase db) throws Exception {
		// Listeners may use the database when a run finishes (the metrics gauges do);
		// with a pool of
		// one connection, a connection still held by the run would make them wait for the
		// pool's timeout.
		AtomicInteger open = new AtomicInteger();
		DataSource counting = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object value = invoke(method, db.dataSource(), args);
					if (!method.getName().equals("getConnection")) {
						return value;
					}
					open.incrementAndGet();
					Connection connection = (Connection) value;
					return Proxy.newProxyInstance(Connection.class.getClassLoader(),
							new Class<?>[] { Connection.class }, (c, m, a) -> {
								if (m.getName().equals("close") && !connection.isClosed()) {
									open.decrementAndGet();
								}
								return invoke(m, connection, a);
							});
				});
		List<Integer> openAtFinish = new CopyOnWriteArrayList<>();
		Migrate migrate = Migrate.create(MigrateConfig.builder()
			.dataSource(counting)
			.locations("classpath:runtime-revisions/blocked")
			.listener(new MigrateListener() {
				@Override
				public void runFinished(RunInfo run, RunOutcome outcome) {
					openAtFinish.add(open.get());
				}
			})
			.build());
		assertThat(migrate.upgrade().applied()).hasSize(2); // with work: migration and
															// lock connections
		assertThat(migrate.upgrade().applied()).isEmpty(); // no-op start: decided without
															// the lock
		assertThat(openAtFinish).containsExactly(0, 0);
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}

package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.DatabaseUnavailableException;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.MigrateListener;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 10: {@code connect-timeout} bounds opening a connection to a server that
 * accepts TCP and never answers, {@code socket-timeout} a server that stops answering
 * mid-session.
 */
@PostgresTest
class ConnectionTimeoutTest {

	@Test
	void theDefaultsBoundConnectingAndMigratesOwnRoundTrips() {
		MigrateConfig config = MigrateConfig.builder().url("jdbc:postgresql://db/app").build();
		assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(config.socketTimeout()).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void aServerThatAcceptsTcpAndNeverAnswersFailsWithinTheConnectTimeout() throws Exception {
		try (ServerSocket silent = new ServerSocket(0)) {
			List<Socket> accepted = new CopyOnWriteArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						accepted.add(silent.accept());
					}
				}
				catch (java.io.IOException ex) {
					// closed at the end of the test
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			Migrate migrate = Migrate.create(MigrateConfig.builder()
				.url("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/silent")
				.user("nobody")
				.locations("classpath:runtime-revisions/graph")
				.connectRetries(0)
				.connectTimeout(Duration.ofSeconds(1))
				.build());
			long start = System.nanoTime();
			assertThatThrownBy(migrate::current).isInstanceOf(DatabaseUnavailableException.class)
				.hasMessageContaining("127.0.0.1:" + silent.getLocalPort());
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(accepted).as("the server was reached, it just never answered").isNotEmpty();
			for (Socket socket : accepted) {
				socket.close();
			}
		}
	}

	@Test
	void aServerThatStopsAnsweringMidSessionFailsWithinTheSocketTimeout(TestDatabase db) throws Exception {
		URI target = URI.create(db.jdbcUrl().substring("jdbc:".length()));
		try (StallingTcpProxy proxy = new StallingTcpProxy(target.getHost(), target.getPort())) {
			String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath();
			Migrate migrate = Migrate.create(Fixtures.config(db, "nontx")
				.url(url)
				.socketTimeout(Duration.ofSeconds(1))
				.listeners(List.of(new MigrateListener() {
					@Override
					public void lockAcquired(Duration waited) {
						// The state read under the lock comes next: its answer never
						// arrives.
						proxy.stall();
					}
				}))
				.build());
			long start = System.nanoTime();
			assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrateException.class)
				.hasRootCauseInstanceOf(SocketTimeoutException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
		}
		assertThat(Fixtures.query(db, "SELECT to_regclass('items') IS NULL")).containsExactly("t");
	}

}

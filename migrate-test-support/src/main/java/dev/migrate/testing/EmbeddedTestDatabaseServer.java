package dev.migrate.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL server started from the binaries in {@code io.zonky.test.postgres}
 * (no Docker, works as root). Durability settings are off: test data never needs to
 * survive a crash, and the suite runs several times faster without fsync.
 */
final class EmbeddedTestDatabaseServer implements TestDatabaseServer {

	private final EmbeddedPostgres postgres;

	private EmbeddedTestDatabaseServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedTestDatabaseServer start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_connections", "300")
				.start();
			EmbeddedTestDatabaseServer server = new EmbeddedTestDatabaseServer(postgres);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL for tests. Set "
					+ "MIGRATE_TEST_DATABASE_URL to use an external server instead.", ex);
		}
	}

	private void stop() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the data directory is temporary and removed by the next
			// start.
		}
	}

	@Override
	public String jdbcUrl(String database) {
		return postgres.getJdbcUrl("postgres", database);
	}

	@Override
	public String adminDatabase() {
		return "postgres";
	}

	@Override
	public String user() {
		return "postgres";
	}

	@Override
	public String password() {
		return "";
	}

	@Override
	public String description() {
		return "embedded PostgreSQL on port " + postgres.getPort();
	}

}

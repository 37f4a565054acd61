package dev.migrate.reliability;

import dev.migrate.testing.TestDatabaseServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL server of the test's own (not the shared one other tests use),
 * so that it can be stopped and started again mid-run. The data directory and the port
 * stay the same across restarts, as for a real server restart.
 */
final class PrivateServer implements TestDatabaseServer, AutoCloseable {

	private final Path dataDirectory;

	private int port;

	private EmbeddedPostgres postgres;

	PrivateServer(Path dataDirectory) throws IOException {
		this.dataDirectory = dataDirectory;
		start();
		this.port = postgres.getPort();
	}

	/**
	 * Stops the server ({@code pg_ctl stop -m fast}: sessions are ended, transactions
	 * rolled back).
	 */
	void stop() throws IOException {
		postgres.close();
		postgres = null;
	}

	/** Starts it again on the same data directory and port. */
	void start() throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "100");
		if (port != 0) {
			builder.setPort(port);
		}
		postgres = builder.start();
	}

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
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
		return "private embedded PostgreSQL on port " + port;
	}

	@Override
	public void close() throws IOException {
		if (postgres != null) {
			stop();
		}
	}

}

package dev.migrate.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL in a Testcontainers container, used when
 * {@code MIGRATE_TEST_DATABASE=testcontainers}. Needs a Docker engine and
 * {@code org.testcontainers:testcontainers-postgresql} on the test class path; both are
 * checked up front so the failure says what is missing.
 */
final class ContainerTestDatabaseServer implements TestDatabaseServer {

	static final String IMAGE = "postgres:17-alpine";

	private final PostgreSQLContainer container;

	private ContainerTestDatabaseServer(PostgreSQLContainer container) {
		this.container = container;
	}

	static ContainerTestDatabaseServer start() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException("MIGRATE_TEST_DATABASE=testcontainers needs a running Docker engine, "
					+ "and none was found. Unset it to use embedded PostgreSQL.");
		}
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "testcontainers-postgres-stop"));
		return new ContainerTestDatabaseServer(container);
	}

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
	}

	@Override
	public String adminDatabase() {
		return container.getDatabaseName();
	}

	@Override
	public String user() {
		return container.getUsername();
	}

	@Override
	public String password() {
		return container.getPassword();
	}

	@Override
	public String description() {
		return "Testcontainers " + IMAGE + " on " + container.getHost() + ":" + container.getMappedPort(5432);
	}

}

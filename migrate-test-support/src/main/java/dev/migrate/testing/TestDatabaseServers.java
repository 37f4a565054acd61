package dev.migrate.testing;

/**
 * Chooses the one server a test JVM uses:
 * <ol>
 * <li>{@code MIGRATE_TEST_DATABASE_URL} (environment or system property): an external
 * server;</li>
 * <li>{@code MIGRATE_TEST_DATABASE=testcontainers}: a Testcontainers PostgreSQL (Docker
 * required);</li>
 * <li>otherwise an embedded PostgreSQL started once and stopped when the JVM exits.</li>
 * </ol>
 */
public final class TestDatabaseServers {

	public static final String URL_VARIABLE = "MIGRATE_TEST_DATABASE_URL";

	public static final String KIND_VARIABLE = "MIGRATE_TEST_DATABASE";

	private static TestDatabaseServer shared;

	private TestDatabaseServers() {
	}

	public static synchronized TestDatabaseServer shared() {
		if (shared == null) {
			shared = choose();
			System.out.println("[migrate-test-support] tests use " + shared.description());
		}
		return shared;
	}

	/**
	 * A server reached with a JDBC URL and credentials (e.g. a Testcontainers container's
	 * or {@code @ServiceConnection}'s); the URL's database is used to create and drop
	 * test databases, so the user needs {@code CREATEDB}.
	 */
	public static TestDatabaseServer external(String jdbcUrl, String user, String password) {
		ExternalTestDatabaseServer parsed = ExternalTestDatabaseServer.parse(jdbcUrl);
		return new ExternalTestDatabaseServer(parsed, user, password);
	}

	private static TestDatabaseServer choose() {
		String url = setting(URL_VARIABLE);
		if (url != null) {
			return ExternalTestDatabaseServer.parse(url);
		}
		String kind = setting(KIND_VARIABLE);
		if (kind == null || kind.equalsIgnoreCase("embedded")) {
			return EmbeddedTestDatabaseServer.start();
		}
		if (kind.equalsIgnoreCase("testcontainers")) {
			try {
				Class.forName("org.testcontainers.postgresql.PostgreSQLContainer");
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(KIND_VARIABLE + "=testcontainers needs "
						+ "org.testcontainers:testcontainers-postgresql on the test class path", ex);
			}
			return ContainerTestDatabaseServer.start();
		}
		throw new IllegalStateException(KIND_VARIABLE + " must be 'embedded' or 'testcontainers', not '" + kind + "'");
	}

	static String setting(String name) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			value = System.getenv(name);
		}
		return value == null || value.isBlank() ? null : value;
	}

}

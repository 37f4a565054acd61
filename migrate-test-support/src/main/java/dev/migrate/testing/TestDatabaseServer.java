package dev.migrate.testing;

/**
 * A PostgreSQL server that hands out fresh databases to tests. One per test JVM, chosen
 * once by {@link TestDatabaseServers#shared()}.
 */
public interface TestDatabaseServer {

	/** JDBC URL of the given database on this server. */
	String jdbcUrl(String database);

	/** The database used to create and drop test databases. */
	String adminDatabase();

	String user();

	String password();

	/** Where the server is, for logs (never contains the password). */
	String description();

}

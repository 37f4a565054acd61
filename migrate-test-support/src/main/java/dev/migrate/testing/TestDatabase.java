package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty PostgreSQL database on the {@linkplain TestDatabaseServers#shared()
 * shared test server}; closing it drops it. Tests get one per class through
 * {@link PostgresTest}, or create more with {@link #create()} when they need several
 * (e.g. two DataSources).
 */
public final class TestDatabase implements AutoCloseable {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final TestDatabaseServer server;

	private final String name;

	private TestDatabase(TestDatabaseServer server, String name) {
		this.server = server;
		this.name = name;
	}

	/** Creates a new empty database on the shared server. */
	public static TestDatabase create() {
		return create(TestDatabaseServers.shared(), null);
	}

	/**
	 * Creates a new database on {@code server}: a copy of {@code template} (PostgreSQL
	 * copies the files, which is much cheaper than replaying what made the template), or
	 * an empty one when {@code template} is null. Nobody may be connected to the
	 * template.
	 */
	public static TestDatabase create(TestDatabaseServer server, String template) {
		String name = ("migrate_test_" + COUNTER.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8))
			.toLowerCase(Locale.ROOT);
		try (Connection admin = adminConnection(server); Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database on " + server.description(), ex);
		}
		return new TestDatabase(server, name);
	}

	private static Connection adminConnection(TestDatabaseServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(server.adminDatabase()), server.user(), server.password());
	}

	public String name() {
		return name;
	}

	public String jdbcUrl() {
		return server.jdbcUrl(name);
	}

	public String user() {
		return server.user();
	}

	public String password() {
		return server.password();
	}

	/** A new connection to this database; the caller closes it. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), user(), password());
	}

	/** An unpooled DataSource for this database. */
	public DataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(jdbcUrl());
		dataSource.setUser(user());
		dataSource.setPassword(password());
		return dataSource;
	}

	/** Drops the database, disconnecting anything still connected to it. */
	@Override
	public void close() {
		try (Connection admin = adminConnection(server); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop test database " + name, ex);
		}
	}

	@Override
	public String toString() {
		return name + " on " + server.description();
	}

}

package dev.migrate.internal.runtime;

import dev.migrate.SecretMasker;
import dev.migrate.DatabaseUnavailableException;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens connections from the configured DataSource or JDBC url, retrying while the
 * database is not reachable yet ({@code connect-retries} x
 * {@code connect-retry-interval}); containers and pods often start before their database
 * accepts connections. Authentication and other errors fail at once: retrying cannot fix
 * them.
 */
public final class ConnectionSource {

	private static final Logger log = LoggerFactory.getLogger(ConnectionSource.class);

	private static volatile @Nullable Driver postgresDriver;

	private final DataSource dataSource;

	private final String url;

	private final String user;

	private final String password;

	private final int retries;

	private final Duration retryInterval;

	private final Duration connectTimeout;

	private final Duration socketTimeout;

	public ConnectionSource(MigrateConfig config) {
		this.dataSource = config.dataSource();
		this.url = config.url();
		this.user = config.user();
		this.password = config.password();
		this.retries = config.connectRetries();
		this.retryInterval = config.connectRetryInterval();
		this.connectTimeout = config.connectTimeout();
		this.socketTimeout = config.socketTimeout();
	}

	/**
	 * Opens a connection in autocommit mode. {@code applicationName} is set through the
	 * driver when connecting by url (free); DataSource connections keep theirs, as they
	 * may come from the app's pool.
	 */
	public Connection open(String applicationName) {
		if (dataSource == null && url == null) {
			throw new MigrateException("this command reads the database, and no database is configured: give a "
					+ "JDBC url (--url, MIGRATE_URL or DATABASE_URL) or a DataSource");
		}
		int attempt = 0;
		while (true) {
			attempt++;
			try {
				return withSocketTimeout(inAutocommit(connect(applicationName)));
			}
			catch (SQLException ex) {
				if (!isUnreachable(ex) || attempt > retries) {
					throw new DatabaseUnavailableException(description(), attempt, ex);
				}
				log.info("Database {} not reachable ({}); retry {} of {} in {} ms", description(), ex.getMessage(),
						attempt, retries, retryInterval.toMillis());
				sleep(retryInterval);
			}
		}
	}

	/**
	 * Whether connections are opened from the url rather than borrowed from a DataSource:
	 * their session ends when they are closed, so settings made on them need not be put
	 * back first.
	 */
	public boolean ownsSessions() {
		return dataSource == null;
	}

	/**
	 * The database in messages: the url (which carries no password here) or the
	 * DataSource's class.
	 */
	public String description() {
		return dataSource == null ? (url == null ? "(no database configured)" : withoutPassword(url))
				: "DataSource " + dataSource.getClass().getName();
	}

	private Connection connect(String applicationName) throws SQLException {
		if (dataSource != null) {
			return dataSource.getConnection();
		}
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		if (!url.contains("ApplicationName=")) {
			properties.setProperty("ApplicationName", applicationName);
		}
		if (url.startsWith("jdbc:postgresql:")) {
			// A server that accepts TCP and never answers would otherwise hang the CLI
			// forever (pgjdbc's own connect timeout is 10 s, its login timeout none).
			// The url's own values win.
			String seconds = Long.toString(seconds(connectTimeout));
			if (!url.contains("connectTimeout=")) {
				properties.setProperty("connectTimeout", seconds);
			}
			if (!url.contains("loginTimeout=")) {
				properties.setProperty("loginTimeout", seconds);
			}
			if (!url.contains("tcpKeepAlive=")) {
				properties.setProperty("tcpKeepAlive", "true");
			}
			if (!url.contains("assumeMinServerVersion=")) {
				// migrate needs PostgreSQL 11+ (hashtextextended); saying so lets pgjdbc
				// send the
				// application name in the startup packet instead of a SET round trip per
				// connection.
				properties.setProperty("assumeMinServerVersion", "11");
			}
			Driver postgres = postgresDriver();
			Connection connection = postgres == null ? null : postgres.connect(url, properties);
			if (connection != null) {
				return connection;
			}
		}
		return DriverManager.getConnection(url, properties);
	}

	/**
	 * PostgreSQL's driver, instantiated directly: DriverManager's first use loads every
	 * driver on the classpath through a ServiceLoader scan, a cost a fresh JVM (the CLI,
	 * an init container) would pay for nothing. Null when the driver is not on the
	 * classpath (DriverManager then reports that).
	 */
	private static Driver postgresDriver() {
		Driver driver = postgresDriver;
		if (driver == null) {
			try {
				driver = (Driver) Class.forName("org.postgresql.Driver").getDeclaredConstructor().newInstance();
			}
			catch (ReflectiveOperationException | LinkageError | ClassCastException ex) {
				return null;
			}
			postgresDriver = driver;
		}
		return driver;
	}

	/** Whole seconds, rounded up (pgjdbc takes seconds; 0 = none). */
	private static long seconds(Duration duration) {
		return (duration.toMillis() + 999) / 1000;
	}

	/**
	 * Bounds every wait for the server's answer on this connection
	 * ({@code socket-timeout}): a server that stops answering mid-session fails the read
	 * instead of hanging it. {@link #withoutSocketTimeout} lifts it while revisions run.
	 */
	private Connection withSocketTimeout(Connection connection) throws SQLException {
		if (!socketTimeout.isZero()) {
			try {
				connection.setNetworkTimeout(Runnable::run,
						(int) Math.min(Integer.MAX_VALUE, socketTimeout.toMillis()));
			}
			catch (SQLFeatureNotSupportedException ex) {
				log.debug("The driver does not support network timeouts", ex);
			}
			catch (SQLException ex) {
				connection.close();
				throw ex;
			}
		}
		return connection;
	}

	/**
	 * Lifts the socket timeout while {@code work} runs revision statements (which may run
	 * for hours, bounded by {@code statement-timeout} instead), and sets it back after.
	 */
	public static <T> T withoutSocketTimeout(Connection connection, SqlWork<T> work) throws SQLException {
		int timeout;
		try {
			timeout = connection.getNetworkTimeout();
			if (timeout != 0) {
				connection.setNetworkTimeout(Runnable::run, 0);
			}
		}
		catch (SQLFeatureNotSupportedException ex) {
			return work.run();
		}
		try {
			return work.run();
		}
		finally {
			if (timeout != 0 && !connection.isClosed()) {
				connection.setNetworkTimeout(Runnable::run, timeout);
			}
		}
	}

	/** Work over JDBC. */
	@FunctionalInterface
	public interface SqlWork<T> {

		T run() throws SQLException;

	}

	private static Connection inAutocommit(Connection connection) throws SQLException {
		try {
			connection.setAutoCommit(true);
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * Masks {@code password=...} and {@code user:password@} in a url so it can be shown.
	 */
	public static String withoutPassword(String url) {
		return SecretMasker.maskUrl(url);
	}

	/**
	 * SQLSTATE class 08 (connection exception), 57P03 (starting up) and 53300 (too many
	 * connections), unless the server refused the login or the database.
	 */
	static boolean isUnreachable(SQLException ex) {
		if (DatabaseUnavailableException.rejectionState(ex) != null) {
			// A wrong password or a missing database, perhaps inside a pool's own
			// connection-exception (SQLSTATE 08...): waiting cannot fix it.
			return false;
		}
		String state = ex.getSQLState();
		if (state != null && (state.startsWith("08") || state.equals("57P03") || state.equals("53300"))) {
			return true;
		}
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return true;
			}
		}
		return false;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new dev.migrate.MigrateException("Interrupted while waiting for the database", ex);
		}
	}

}

package dev.migrate.internal.fleet;

import dev.migrate.DatabaseUnavailableException;
import dev.migrate.internal.runtime.ConnectionSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of one fleet database, handed to the targets on it as schema-scoped
 * DataSources. A fleet of 1,000 schemas on one database would otherwise open and close
 * 2,000 server processes (migration and lock connection per target); here a closed
 * connection goes back to a small idle list and the next target reuses it.
 *
 * <p>
 * Borrowing sets {@code search_path} to the target's schema only (no {@code public}: an
 * unqualified name that the tenant lacks must fail, not alter the shared schema's table).
 * Returning rolls back an open transaction and runs {@code DISCARD ALL} (settings,
 * {@code search_path}, advisory locks, temporary tables, prepared statements: nothing of
 * one tenant's session reaches the next); a connection that fails there is closed, never
 * reused. Opening goes through {@link ConnectionSource}, with its retries.
 */
final class DatabaseConnections implements AutoCloseable {

	private final ConnectionSource source;

	private final BlockingQueue<Connection> idle;

	DatabaseConnections(ConnectionSource source, int maxIdle) {
		this.source = source;
		this.idle = new ArrayBlockingQueue<>(Math.max(1, maxIdle));
	}

	/** The database in messages, without a password. */
	String description() {
		return source.description();
	}

	/**
	 * A connection with {@code search_path} set to {@code schema} (unchanged when null);
	 * closing it returns it here.
	 */
	Connection borrow(String schema) throws SQLException {
		Connection physical;
		while ((physical = idle.poll()) != null) {
			try {
				return scoped(physical, schema);
			}
			catch (SQLException ex) {
				// Died while idle (server restarted, connection killed): try the next
				// one.
				closeQuietly(physical);
			}
		}
		physical = source.open("migrate-fleet");
		try {
			return scoped(physical, schema);
		}
		catch (SQLException ex) {
			closeQuietly(physical);
			if (ex.getSQLState() != null && ex.getSQLState().startsWith("08")) {
				throw new DatabaseUnavailableException(description(), 1, ex);
			}
			throw ex;
		}
	}

	private Connection scoped(Connection physical, String schema) throws SQLException {
		if (schema != null) {
			try (PreparedStatement statement = physical
				.prepareStatement("SELECT pg_catalog.set_config('search_path', ?, false)")) {
				statement.setString(1, quote(schema));
				statement.execute();
			}
		}
		return wrap(physical);
	}

	/** A DataSource whose connections are scoped to {@code schema}. */
	DataSource scopedTo(String schema) {
		return new ScopedDataSource(this, schema);
	}

	@Override
	public void close() {
		Connection connection;
		while ((connection = idle.poll()) != null) {
			closeQuietly(connection);
		}
	}

	private void giveBack(Connection physical) {
		try {
			if (physical.isClosed()) {
				return;
			}
			if (!physical.getAutoCommit()) {
				physical.rollback();
				physical.setAutoCommit(true);
			}
			try (Statement statement = physical.createStatement()) {
				statement.execute("DISCARD ALL");
			}
			if (!idle.offer(physical)) {
				physical.close();
			}
		}
		catch (SQLException | RuntimeException ex) {
			closeQuietly(physical);
		}
	}

	private Connection wrap(Connection physical) {
		InvocationHandler handler = new InvocationHandler() {

			private boolean closed;

			@Override
			public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
				switch (method.getName()) {
					case "close":
						if (!closed) {
							closed = true;
							giveBack(physical);
						}
						return null;
					case "isClosed":
						return closed || physical.isClosed();
					case "equals":
						return proxy == args[0];
					case "hashCode":
						return System.identityHashCode(proxy);
					case "toString":
						return "fleet connection " + physical;
					default:
						if (closed) {
							throw new SQLException("connection is closed", "08003");
						}
						try {
							return method.invoke(physical, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
				}
			}

		};
		return (Connection) Proxy.newProxyInstance(DatabaseConnections.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// Broken already; nothing more to release.
		}
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** The DataSource a target's engine connects through. */
	private static final class ScopedDataSource implements DataSource {

		private final DatabaseConnections connections;

		private final String schema;

		ScopedDataSource(DatabaseConnections connections, String schema) {
			this.connections = connections;
			this.schema = schema;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connections.borrow(schema);
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			throw new SQLFeatureNotSupportedException("fleet connections use the fleet's credentials");
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			throw new SQLException("not a wrapper for " + type);
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

		@Override
		public String toString() {
			return connections.description() + (schema == null ? "" : " schema " + schema);
		}

	}

}

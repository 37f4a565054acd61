package dev.migrate.test;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource over one test database that keeps the sessions it opened and hands them
 * out again. The stairway makes three engine commands and two or three catalog snapshots
 * per revision; each command opens two connections (work and lock), so with a new session
 * each time a 300-revision stairway opens some four thousand PostgreSQL backends, each
 * with cold catalog caches. A returned session is reset with {@code DISCARD ALL}
 * (settings, role, advisory locks, temporary tables, prepared statements: a new session's
 * state) and kept; one that fails the reset is closed.
 */
final class ReusedConnections implements DataSource, AutoCloseable {

	private final DataSource database;

	private final Deque<Connection> idle = new ArrayDeque<>();

	private boolean closed;

	ReusedConnections(DataSource database) {
		this.database = database;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection physical;
		synchronized (this) {
			if (closed) {
				throw new SQLException("The test database's connections are closed");
			}
			physical = idle.pollFirst();
		}
		if (physical == null) {
			physical = database.getConnection();
		}
		return lease(physical);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLFeatureNotSupportedException("The test database has one user");
	}

	private Connection lease(Connection physical) {
		InvocationHandler handler = new InvocationHandler() {

			private boolean returned;

			@Override
			public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
				switch (method.getName()) {
					case "close" -> {
						if (!returned) {
							returned = true;
							giveBack(physical);
						}
						return null;
					}
					case "isClosed" -> {
						return returned || physical.isClosed();
					}
					case "equals" -> {
						return proxy == args[0];
					}
					case "hashCode" -> {
						return System.identityHashCode(proxy);
					}
					default -> {
						if (returned) {
							throw new SQLException("Connection is closed");
						}
						try {
							return method.invoke(physical, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					}
				}
			}

		};
		return (Connection) Proxy.newProxyInstance(ReusedConnections.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private void giveBack(Connection physical) throws SQLException {
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
		}
		catch (SQLException ex) {
			physical.close();
			return;
		}
		synchronized (this) {
			if (!closed) {
				idle.addFirst(physical);
				return;
			}
		}
		physical.close();
	}

	/** Closes the idle sessions; sessions still lent out are closed when returned. */
	@Override
	public void close() {
		Deque<Connection> toClose;
		synchronized (this) {
			closed = true;
			toClose = new ArrayDeque<>(idle);
			idle.clear();
		}
		for (Connection connection : toClose) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// The database is dropped next, which ends the session anyway.
			}
		}
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
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("Not a wrapper of " + type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

}

package dev.migrate.internal.command;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Behaves like a connection pool for what the engine can observe: every connection it
 * hands out has the application's {@code application_name}, and {@code close()} only
 * returns it, so a test can inspect the session afterwards.
 */
final class PoolLikeDataSource implements DataSource {

	private final DataSource target;

	private final List<Connection> handedOut = new ArrayList<>();

	PoolLikeDataSource(DataSource target) {
		this.target = target;
	}

	/** The real sessions behind every connection handed out; the caller closes them. */
	List<Connection> handedOut() {
		return handedOut;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection connection = target.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET application_name = 'the app'");
		}
		synchronized (handedOut) {
			handedOut.add(connection);
		}
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (method.getName().equals("close")) {
						return null;
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLException("not supported");
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return target.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		target.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		target.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return target.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() {
		return Logger.getGlobal();
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		return target.unwrap(iface);
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) throws SQLException {
		return target.isWrapperFor(iface);
	}

}

package dev.migrate.internal.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server from ending the migration session for idling, for the length of a run.
 * A database- or role-level {@code idle_session_timeout} or
 * {@code idle_in_transaction_session_timeout} would otherwise end it while the instance
 * waits for the migration lock (the session sits idle until the lock is ours, then reads
 * the state on it), and a revision doing work of its own between statements would lose
 * its transaction. The lock session is protected the same way (see
 * {@link MigrationLock}). The previous values are put back when the run closes the
 * connection, which may belong to the application's pool.
 *
 * <p>
 * {@code statement_timeout} is left alone here: migrate's own statements on this session
 * are short, and revision statements run under the configured {@code statement-timeout}
 * or, when none is configured, deliberately under the server's.
 */
final class SessionTimeouts {

	private static final Logger log = LoggerFactory.getLogger(SessionTimeouts.class);

	private final String idleSession;

	private final String idleInTransaction;

	private SessionTimeouts(String idleSession, String idleInTransaction) {
		this.idleSession = idleSession;
		this.idleInTransaction = idleInTransaction;
	}

	/**
	 * Switches both timeouts off for the session ({@code idle_session_timeout} exists
	 * from PostgreSQL 14 on) and returns what to restore.
	 */
	static SessionTimeouts protect(Connection connection) throws SQLException {
		boolean idleSession = connection.getMetaData().getDatabaseMajorVersion() >= 14;
		String sql = "SELECT " + (idleSession ? "pg_catalog.current_setting('idle_session_timeout')" : "NULL")
				+ ", pg_catalog.current_setting('idle_in_transaction_session_timeout'), "
				+ "pg_catalog.set_config('idle_in_transaction_session_timeout', '0', false)"
				+ (idleSession ? ", pg_catalog.set_config('idle_session_timeout', '0', false)" : "");
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return new SessionTimeouts(rs.getString(1), rs.getString(2));
		}
	}

	/**
	 * Puts the previous values back; a broken connection needs nothing (the pool discards
	 * it), so failures are only logged. Nor does a connection that is closed next and was
	 * opened from a url rather than borrowed from a DataSource: its session ends with it
	 * ({@code ownSession}).
	 */
	void restore(Connection connection, boolean ownSession) {
		if (ownSession) {
			return;
		}
		try {
			if (connection.isClosed() || !connection.getAutoCommit()) {
				return;
			}
			String sql = "SELECT pg_catalog.set_config('idle_in_transaction_session_timeout', ?, false)"
					+ (idleSession != null ? ", pg_catalog.set_config('idle_session_timeout', ?, false)" : "");
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, idleInTransaction);
				if (idleSession != null) {
					statement.setString(2, idleSession);
				}
				statement.execute();
			}
		}
		catch (SQLException ex) {
			log.debug("Could not restore the session's idle timeouts; a broken connection is discarded anyway", ex);
		}
	}

}

package dev.migrate.internal.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds, or queues for, the ACCESS EXCLUSIVE lock on a state table that blocks
 * migrate's reads (a DBA's {@code LOCK TABLE}, an {@code ALTER} or {@code VACUUM FULL} of
 * it). Asked after a read timed out, so the error can name the session to wait for or
 * end.
 */
final class StateTableLocks {

	private static final String HOLDERS = "SELECT l.pid, l.granted, l.relation::regclass::text, a.usename, "
			+ "a.application_name, a.state, coalesce(a.xact_start, a.query_start), left(a.query, 200) "
			+ "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
			+ "WHERE l.mode = 'AccessExclusiveLock' AND l.relation IN (to_regclass(?), to_regclass(?)) "
			+ "AND l.pid <> pg_backend_pid() ORDER BY l.granted DESC, l.pid";

	private StateTableLocks() {
	}

	/**
	 * One line per session: pid, what it holds or waits for, user, application, state,
	 * since when, and its statement. Empty when none is found (any more) or the lookup
	 * failed.
	 */
	static List<String> holders(Connection connection, String versionTable, String historyTable) {
		List<String> holders = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(HOLDERS)) {
			query.setString(1, versionTable);
			query.setString(2, historyTable);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					holders.add("pid " + rs.getInt(1) + " " + (rs.getBoolean(2) ? "holds" : "waits for")
							+ " ACCESS EXCLUSIVE on " + rs.getString(3) + " (user " + rs.getString(4)
							+ ", application '" + rs.getString(5) + "', " + rs.getString(6) + " since "
							+ rs.getString(7) + "), last statement: " + rs.getString(8)
							+ " -- to end it: SELECT pg_terminate_backend(" + rs.getInt(1) + ");");
				}
			}
		}
		catch (SQLException ex) {
			// The error still says that the read timed out on a lock.
		}
		return holders;
	}

}

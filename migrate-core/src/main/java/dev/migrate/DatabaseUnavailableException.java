package dev.migrate;

import org.jspecify.annotations.Nullable;

/**
 * No connection could be opened: the database stayed unreachable for
 * {@code connect-retries} attempts, or the server refused the login or the database (not
 * retried: waiting cannot fix a wrong password or a missing database).
 */
public class DatabaseUnavailableException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String target;

	private final int attempts;

	public DatabaseUnavailableException(String target, int attempts, Throwable cause) {
		super(message(target, attempts, cause), cause);
		this.target = target;
		this.attempts = attempts;
	}

	private static String message(String target, int attempts, Throwable cause) {
		String state = rejectionState(cause);
		if (state != null && state.startsWith("28")) {
			return "Could not log in to " + target + ": " + cause.getMessage()
					+ ". The server refused the login: check the user and password (and that the role may log in).";
		}
		if ("3D000".equals(state)) {
			return "Could not connect to " + target + ": " + cause.getMessage()
					+ ". Create the database, or correct the database name in the url.";
		}
		return "Could not connect to " + target + " after " + attempts + (attempts == 1 ? " attempt" : " attempts")
				+ ": " + cause.getMessage() + ". Check that the database is running and reachable, or raise "
				+ "migrate.connect-retries / migrate.connect-retry-interval to wait longer.";
	}

	/**
	 * The SQLSTATE of a refusal that no retry can fix, found anywhere in the cause chain
	 * (a pool wraps the driver's error in a connection-exception of its own): class 28
	 * (invalid authorization: wrong password, role may not log in, pg_hba.conf) or 3D000
	 * (the database does not exist). Null for anything else.
	 * @param failure the error of a connection attempt
	 * @return the SQLSTATE, or {@code null}
	 */
	public static @Nullable String rejectionState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("28") || sql.getSQLState().equals("3D000"))) {
				return sql.getSQLState();
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	/**
	 * The database that was tried (URL without password, or the DataSource's
	 * description).
	 */
	public String target() {
		return target;
	}

	public int attempts() {
		return attempts;
	}

}

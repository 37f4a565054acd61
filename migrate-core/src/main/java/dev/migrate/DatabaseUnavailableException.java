package dev.migrate;

/** No connection could be opened within {@code connect-retries} attempts. */
public class DatabaseUnavailableException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String target;

	private final int attempts;

	public DatabaseUnavailableException(String target, int attempts, Throwable cause) {
		super("Could not connect to " + target + " after " + attempts + (attempts == 1 ? " attempt" : " attempts")
				+ ": " + cause.getMessage() + ". Check that the database is running and reachable, or raise "
				+ "migrate.connect-retries / migrate.connect-retry-interval to wait longer.", cause);
		this.target = target;
		this.attempts = attempts;
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

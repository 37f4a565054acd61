package dev.migrate;

import java.time.Duration;

/**
 * The migration lock stayed held by another session for longer than
 * {@code lock-wait-timeout}.
 */
public class LockWaitTimeoutException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final Duration waited;

	private final transient LockHolder holder;

	public LockWaitTimeoutException(Duration waited, LockHolder holder) {
		super("Timed out after " + waited.toMillis() + " ms waiting for the migration lock, held by "
				+ (holder != null ? holder : "a session that has since released it")
				+ ". Wait for that migration to finish, or if it is stuck, end it with SELECT pg_terminate_backend("
				+ (holder != null ? holder.pid() : "pid") + "); raise migrate.lock-wait-timeout to wait longer.");
		this.waited = waited;
		this.holder = holder;
	}

	public Duration waited() {
		return waited;
	}

	/**
	 * Who held the lock when the wait ended, or null if it was released in the meantime.
	 */
	public LockHolder holder() {
		return holder;
	}

}

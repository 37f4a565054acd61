package dev.migrate.internal.runtime;

import dev.migrate.MigrateException;

/**
 * A state write found that this run no longer holds the migration lock: the lock's
 * session was ended (by {@code pg_terminate_backend}, the server's
 * {@code idle_session_timeout}, a restart or a network failure). The write's transaction
 * is rolled back, so nothing of it is recorded; the caller adds what it knows about the
 * step.
 */
public final class LockLostException extends MigrateException {

	private static final long serialVersionUID = 1L;

	LockLostException() {
		super("This run lost the migration lock: its session was ended (pg_terminate_backend, the server's "
				+ "idle_session_timeout, a restart or a network failure), so another instance may be migrating now. "
				+ "Nothing more was recorded.");
	}

}

package dev.migrate.internal.runtime;

/**
 * How waiting for the migration lock ended: the lock is ours, or another instance did the
 * work meanwhile (its result is the run's result). Timeouts and failures are thrown.
 *
 * @param <T> the run's result type
 */
public sealed interface LockOutcome<T> {

	/**
	 * The lock is held; the caller closes it.
	 *
	 * @param <T> the run's result type
	 * @param lock the held lock
	 */
	record Acquired<T>(MigrationLock lock) implements LockOutcome<T> {
	}

	/**
	 * Another instance finished the work while this one waited; no lock is held.
	 *
	 * @param <T> the run's result type
	 * @param result the run's result, read after the other instance's commit
	 */
	record DoneMeanwhile<T>(T result) implements LockOutcome<T> {
	}

}

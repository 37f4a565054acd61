package dev.migrate;

import dev.migrate.result.PlannedStep;
import java.time.Duration;

/**
 * Callbacks around runs, steps and lock waits, with no-op defaults so an implementation
 * overrides only what it needs. Core knows nothing of metrics libraries: the Spring
 * module adapts this to Micrometer Observations. Called on the thread running the
 * command; an exception thrown by a listener is logged and otherwise ignored, so
 * observability can never break a migration.
 */
public interface MigrateListener {

	/** A command that reads or changes the database started. */
	default void runStarted(RunInfo run) {
	}

	/** The command finished, successfully or not ({@link RunOutcome#error()}). */
	default void runFinished(RunInfo run, RunOutcome outcome) {
	}

	/** A revision is about to run. */
	default void stepStarted(PlannedStep step) {
	}

	/** A revision finished; {@code errorOrNull} is null on success. */
	default void stepFinished(PlannedStep step, Duration duration, Throwable errorOrNull) {
	}

	/** The migration lock was acquired after waiting {@code waited}. */
	default void lockAcquired(Duration waited) {
	}

	/** The migration lock could not be acquired (timeout or error). */
	default void lockFailed(Duration waited, Throwable error) {
	}

	/**
	 * A phase of the engine's own work began, for startup timing (the Spring module
	 * records each as a startup step). Creating an engine has {@code engine.scan}
	 * (finding the revision files and classes), {@code engine.load} (reading, parsing and
	 * checksumming them) and {@code engine.build} (the revision graph); {@code upgrade}
	 * begins with {@code upgrade.connect}, then, without the lock,
	 * {@code upgrade.state-read} (one round trip) and {@code upgrade.check} (planning and
	 * validating the applied revisions' checksums), which ends a run with nothing to do.
	 * Phases do not nest and end on the thread that began them, with
	 * {@link #phaseFinished}, also when they fail.
	 */
	default void phaseStarted(String phase) {
	}

	/** The phase {@code phase} ended after {@code duration}. */
	default void phaseFinished(String phase, Duration duration) {
	}

}

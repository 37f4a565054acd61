package dev.migrate;

import dev.migrate.result.FleetTargetResult;

/**
 * Follows a {@link MigrateFleet} run target by target (a progress line, logs, meters).
 * Called from the fleet's worker threads, one call at a time.
 */
public interface FleetListener {

	/** The run is about to start {@code total} targets. */
	default void started(String command, int total) {
	}

	/**
	 * One target is done; {@code done} of {@code total} are, {@code failed} of them
	 * failed.
	 */
	default void targetFinished(FleetTargetResult result, int done, int failed, int total) {
	}

}

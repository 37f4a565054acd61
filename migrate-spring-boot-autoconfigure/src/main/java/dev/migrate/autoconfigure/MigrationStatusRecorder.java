package dev.migrate.autoconfigure;

import dev.migrate.result.MigrationStatus;

/**
 * Told whenever the application has read an engine's state (after startup, and on each
 * endpoint or health read), so that derived values such as the pending and applied gauges
 * stay current.
 */
@FunctionalInterface
public interface MigrationStatusRecorder {

	/**
	 * Records a freshly read state.
	 * @param engineName the engine's bean name
	 * @param status the state just read from the database
	 */
	void record(String engineName, MigrationStatus status);

}

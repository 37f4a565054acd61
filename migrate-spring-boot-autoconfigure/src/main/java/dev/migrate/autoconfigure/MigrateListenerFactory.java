package dev.migrate.autoconfigure;

import dev.migrate.MigrateListener;

/**
 * Creates the listener one engine gets, for integrations whose output depends on which
 * engine it is (the metrics integration tags meters with the engine's name when there are
 * several).
 */
@FunctionalInterface
public interface MigrateListenerFactory {

	/**
	 * Creates a listener for one engine.
	 * @param engineName the engine's bean name
	 * @return the listener
	 */
	MigrateListener create(String engineName);

}

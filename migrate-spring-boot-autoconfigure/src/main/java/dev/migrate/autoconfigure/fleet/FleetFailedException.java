package dev.migrate.autoconfigure.fleet;

import dev.migrate.MigrateException;

/**
 * Startup stopped because fleet targets failed (apply mode) or are not up to date (verify
 * mode); the message names them.
 */
public class FleetFailedException extends MigrateException {

	private static final long serialVersionUID = 1L;

	public FleetFailedException(String message) {
		super(message);
	}

}

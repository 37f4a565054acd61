package dev.migrate;

import dev.migrate.ops.Operations;

/**
 * A schema change written in Java. Annotate the class with {@link Revision}.
 *
 * <p>
 * Both methods receive an {@link Operations} facade that either executes against the
 * database or renders SQL offline, so a migration that only uses operations can be
 * previewed with {@code upgrade --sql}. Raw JDBC through {@link Operations#connection()}
 * runs online only.
 */
public interface Migration {

	void upgrade(Operations op) throws Exception;

	/**
	 * Reverses {@link #upgrade}. The default marks the revision irreversible: downgrading
	 * through it fails before anything runs.
	 */
	default void downgrade(Operations op) throws Exception {
		throw new IrreversibleMigrationException(getClass().getName() + " does not implement downgrade()");
	}

}

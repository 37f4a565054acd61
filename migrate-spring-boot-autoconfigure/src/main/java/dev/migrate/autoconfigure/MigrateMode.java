package dev.migrate.autoconfigure;

/**
 * What the application does with its migrations at startup ({@code migrate.mode}).
 */
public enum MigrateMode {

	/** Upgrade to {@code migrate.target} before anything else uses the database. */
	APPLY,

	/** Only check that the database is up to date; never change the schema. */
	VERIFY,

	/** Do nothing at startup (migrations run elsewhere, e.g. in a Kubernetes Job). */
	NONE

}

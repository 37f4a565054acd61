package dev.migrate.autoconfigure;

/**
 * What {@link MigrateMode#VERIFY} does when revisions are pending or checksums do not
 * match ({@code migrate.on-pending}).
 */
public enum OnPending {

	/**
	 * Stop startup with the list of pending revisions and the command that applies them.
	 */
	FAIL,

	/**
	 * Log the pending revisions, start anyway and report them through health and the
	 * endpoint.
	 */
	WARN

}

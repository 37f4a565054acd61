package dev.migrate.cli;

/**
 * The process exit codes of every migrate command (docs/cli.md), for launchers and
 * scripts.
 */
public final class ExitCode {

	/** The command did what was asked. */
	public static final int OK = 0;

	/**
	 * The command failed: a migrate error, a SQL error, or the database could not be
	 * reached.
	 */
	public static final int FAILURE = 1;

	/**
	 * The command line was wrong: unknown option or command, missing argument, bad value.
	 */
	public static final int USAGE = 2;

	/** A check found work or problems: revisions pending or applied revisions edited. */
	public static final int CHECK_FAILED = 3;

	private ExitCode() {
	}

}

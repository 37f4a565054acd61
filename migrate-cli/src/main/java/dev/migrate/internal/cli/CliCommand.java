package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;
import dev.migrate.cli.MigrateCli;

import dev.migrate.Migrate;
import java.io.PrintStream;
import java.util.List;

/**
 * One command of the command line: what it accepts, and how it runs against an engine and
 * prints its result. Implementations print results to {@code out}; errors travel as
 * exceptions to {@link MigrateCli}, which owns exit codes 1 and 2.
 */
public interface CliCommand {

	/** The word that selects the command: {@code upgrade}. */
	String name();

	/** The arguments in usage form: {@code [TARGET] [--sql]}. */
	String synopsis();

	/** One line for the command list. */
	String summary();

	/** Command options; global options are accepted too and are not listed here. */
	List<CommandOption> options();

	/** Fewest positional arguments. */
	int minArguments();

	/** Most positional arguments; {@link Integer#MAX_VALUE} for no limit. */
	int maxArguments();

	/**
	 * Rejects argument combinations the parser cannot see, before anything connects.
	 * @throws UsageException when the arguments do not go together
	 */
	default void validate(CommandArguments arguments) {
	}

	/**
	 * Whether this command line reads or changes the database. Graph-only commands answer
	 * {@code false} and then run without a url, and with an unreachable one, since they
	 * never connect; {@code MigrateCli} refuses a command that answers {@code true} when
	 * no database is configured (exit 2).
	 */
	default boolean needsDatabase(CommandArguments arguments) {
		return true;
	}

	/**
	 * Whether the command works on the revisions (nearly all do); {@code init}, which
	 * creates them, runs with a {@code null} engine, before any location is read.
	 */
	default boolean needsEngine() {
		return true;
	}

	/**
	 * Runs the command and returns its exit code ({@link ExitCode#OK} or
	 * {@link ExitCode#CHECK_FAILED}).
	 */
	int run(Migrate engine, CommandArguments arguments, PrintStream out) throws Exception;

}

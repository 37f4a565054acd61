package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.StampResult;
import java.io.PrintStream;
import java.util.List;

/** {@code stamp TARGET... [--purge]}: records heads without running any revision. */
final class StampCliCommand extends AbstractCliCommand {

	private static final CommandOption PURGE = CommandOption.flag("--purge", "empty the version table first");

	StampCliCommand() {
		super("stamp", "TARGET... [--purge]", "record TARGET as the current heads without running revisions",
				List.of(PURGE), 1, Integer.MAX_VALUE);
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		StampResult result = engine.stamp(arguments.positionals(), arguments.has(PURGE.name()));
		out.println(result.changed()
				? "Stamped " + RevisionFormat.heads(result.headsBefore()) + " -> "
						+ RevisionFormat.heads(result.headsAfter())
				: "Already at " + RevisionFormat.heads(result.headsAfter()));
		return ExitCode.OK;
	}

}

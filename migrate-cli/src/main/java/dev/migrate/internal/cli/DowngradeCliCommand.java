package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.DowngradeResult;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code downgrade TARGET [--sql]}: reverts revisions down to TARGET; with --sql TARGET
 * is a {@code from:to} range.
 */
final class DowngradeCliCommand extends AbstractCliCommand {

	DowngradeCliCommand() {
		super("downgrade", "TARGET [--sql]", "downgrade to TARGET (base, -1, an id, label@base); --sql takes FROM:TO",
				List.of(SQL), 1, 1);
	}

	/** {@code --sql} writes the script from the revisions alone. */
	@Override
	public boolean needsDatabase(CommandArguments arguments) {
		return !arguments.has(SQL.name());
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		String target = arguments.positional(0, null);
		if (arguments.has(SQL.name())) {
			SqlOutput.write(out, writer -> engine.downgradeSql(target, writer));
			return ExitCode.OK;
		}
		DowngradeResult result = engine.downgrade(target);
		UpgradeCliCommand.printSteps(out, result.applied());
		out.println((result.upToDate() ? "Already at " : "Now at ") + RevisionFormat.heads(result.headsAfter()));
		return ExitCode.OK;
	}

}

package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.AppliedStep;
import dev.migrate.result.UpgradeResult;
import dev.migrate.Direction;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code upgrade [TARGET] [--sql]}: runs the revisions up to TARGET (default
 * {@code heads}).
 */
final class UpgradeCliCommand extends AbstractCliCommand {

	UpgradeCliCommand() {
		super("upgrade", "[TARGET] [--sql]", "upgrade to TARGET (default heads); --sql prints the SQL instead",
				List.of(SQL), 0, 1);
	}

	/** {@code --sql} writes the script from the revisions alone. */
	@Override
	public boolean needsDatabase(CommandArguments arguments) {
		return !arguments.has(SQL.name());
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		String target = arguments.positional(0, Migrate.HEADS);
		if (arguments.has(SQL.name())) {
			SqlOutput.write(out, writer -> engine.upgradeSql(target, writer));
			return ExitCode.OK;
		}
		UpgradeResult result = engine.upgrade(target);
		printSteps(out, result.applied());
		out.println((result.upToDate() ? "Already at " : "Now at ") + RevisionFormat.heads(result.headsAfter()));
		return ExitCode.OK;
	}

	/**
	 * One line per step as Alembic logs them:
	 * {@code upgrade 3a8f1c2d4b7e -> 9c3e5f8a1d2b, add phone (12 ms)},
	 * {@code downgrade 9c3e5f8a1d2b -> 3a8f1c2d4b7e, ...}; parents, not head sets, so a
	 * step that starts a second branch reads as the edge it applies.
	 */
	static void printSteps(PrintStream out, List<AppliedStep> steps) {
		for (AppliedStep step : steps) {
			String parents = RevisionFormat.heads(step.revises());
			String edge = step.direction() == Direction.UPGRADE ? parents + " -> " + step.revision()
					: step.revision() + " -> " + parents;
			String message = step.message() == null || step.message().isEmpty() ? "" : ", " + step.message();
			out.println(step.direction().label() + " " + edge + message + " (" + step.duration().toMillis() + " ms)");
		}
	}

}

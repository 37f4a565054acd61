package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.PlannedStep;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code pending}: the revisions {@code upgrade heads} would run, in order, one history
 * line each; no output when there are none (use {@code verify} for an exit code).
 */
final class PendingCliCommand extends AbstractCliCommand {

	PendingCliCommand() {
		super("pending", "", "list the revisions upgrade heads would apply, in order", List.of(), 0, 0);
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		for (PlannedStep step : engine.pending().steps()) {
			out.println(RevisionFormat.line(step.revision(), Markers.NONE));
		}
		return ExitCode.OK;
	}

}

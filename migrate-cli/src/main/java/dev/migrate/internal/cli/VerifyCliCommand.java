package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.FailedStep;
import dev.migrate.result.VerifyResult;
import dev.migrate.result.PlannedStep;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code verify}: exit 0 when the database is at the heads with unchanged revisions;
 * otherwise list what is pending and what was edited, and exit 3, so a CI step or init
 * container can gate on it. A database ahead of this release is up to date for it
 * ({@code Up to date at <heads>, ahead of this release by ...}, exit 0) unless
 * {@code --on-ahead fail}; the engine refuses a diverged one (exit 1).
 */
final class VerifyCliCommand extends AbstractCliCommand {

	VerifyCliCommand() {
		super("verify", "", "exit 0 when up to date; 3 when revisions are pending or applied ones were edited",
				List.of(), 0, 0);
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		VerifyResult result = engine.verify();
		if (result.upToDate()) {
			out.println("Up to date at " + RevisionFormat.heads(result.current())
					+ (result.ahead().isEmpty() ? "" : ", " + RevisionFormat.ahead(result.ahead())));
			return ExitCode.OK;
		}
		if (!result.pending().isEmpty()) {
			out.println("Pending revisions (" + result.pending().size() + "), database at "
					+ RevisionFormat.heads(result.current()) + ":");
			for (PlannedStep step : result.pending()) {
				out.println("  " + RevisionFormat.line(step.revision(), Markers.NONE));
			}
		}
		if (!result.mismatches().isEmpty()) {
			out.println("Applied revisions changed since they ran (" + result.mismatches().size() + "):");
			for (ChecksumMismatch mismatch : result.mismatches()) {
				out.println("  " + mismatch);
			}
		}
		if (!result.failed().isEmpty()) {
			out.println("Steps that failed or were interrupted and await 'migrate resolve' (" + result.failed().size()
					+ "):");
			for (FailedStep step : result.failed()) {
				out.println("  " + RevisionFormat.unfinished(step));
			}
		}
		return ExitCode.CHECK_FAILED;
	}

}

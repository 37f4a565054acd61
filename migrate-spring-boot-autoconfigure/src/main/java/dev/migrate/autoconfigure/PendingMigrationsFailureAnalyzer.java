package dev.migrate.autoconfigure;

import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.PlannedStep;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link PendingMigrationsException}: which revisions are pending or changed,
 * and the command that brings the database up to date.
 */
class PendingMigrationsFailureAnalyzer extends AbstractFailureAnalyzer<PendingMigrationsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PendingMigrationsException cause) {
		StringBuilder description = new StringBuilder("The database of migrate engine '").append(cause.engineName())
			.append("' is not up to date and migrate.mode is verify.\n");
		if (!cause.pending().isEmpty()) {
			description.append("\nPending revisions, in the order they would run:\n");
			for (PlannedStep step : cause.pending()) {
				description.append("    ").append(step.revision().id());
				if (!step.revision().message().isEmpty()) {
					description.append("  ").append(step.revision().message());
				}
				description.append('\n');
			}
		}
		if (!cause.mismatches().isEmpty()) {
			description.append("\nApplied revisions changed since they ran:\n");
			for (ChecksumMismatch mismatch : cause.mismatches()) {
				description.append("    ").append(mismatch).append('\n');
			}
		}
		StringBuilder action = new StringBuilder();
		if (!cause.pending().isEmpty()) {
			action.append("Apply the pending revisions before starting the application, for example with\n\n")
				.append("    ")
				.append(cause.upgradeCommand())
				.append("\n\n")
				.append("(or 'migrate upgrade heads' with the migrate CLI, or a migration Job), ")
				.append("or set migrate.mode=apply to upgrade at startup.");
		}
		if (!cause.mismatches().isEmpty()) {
			if (action.length() > 0) {
				action.append("\n");
			}
			action.append("Restore the changed revision files (put further changes in a new revision), ")
				.append("or set migrate.validate-checksums=false to accept the edits.");
		}
		action.append("\nTo start anyway and report the state through health, set migrate.on-pending=warn.");
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

}

package dev.migrate.autoconfigure.lint;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a {@link LintFailedException}: the full lint report, and the ways forward. */
class LintFailedFailureAnalyzer extends AbstractFailureAnalyzer<LintFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LintFailedException cause) {
		String description = "The pending revisions of migrate engine '" + cause.engineName()
				+ "' have zero-downtime lint errors and migrate.lint.fail-on-error is set; nothing was applied.\n\n"
				+ cause.report().toText();
		String action = "Rewrite the flagged revisions the safe way each finding describes (fix: ...), or, where the "
				+ "hazard is acceptable, suppress it with a reason: '-- migrate:lint-ignore RULE reason' above the "
				+ "statement (SQL) or @LintIgnore(value = \"RULE\", reason = \"...\") (Java). Severities are set "
				+ "with migrate.lint.rules.<rule>=error|warning|info|off; migrate.lint.fail-on-error=false only "
				+ "logs the findings.";
		return new FailureAnalysis(description, action, cause);
	}

}

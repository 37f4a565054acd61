package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.result.Severity;

/**
 * A suppression that matches no finding is stale: the hazard it excused is gone, or it
 * sits on the wrong statement. Findings of this rule are produced by the
 * {@link dev.migrate.internal.lint.Linter} itself; the class exists so its severity can
 * be configured like any other rule's.
 */
public final class UnusedLintIgnoreRule implements LintRule {

	/** The rule id. */
	public static final String ID = "unused-lint-ignore";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String description() {
		return "A lint-ignore suppression silences nothing because the rule reports nothing there.";
	}

}

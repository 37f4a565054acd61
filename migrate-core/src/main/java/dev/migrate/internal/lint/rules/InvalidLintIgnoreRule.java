package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.result.Severity;

/**
 * A suppression without a reason, or naming a rule that does not exist, silences nothing
 * and is reported. Findings of this rule are produced by the
 * {@link dev.migrate.internal.lint.Linter} itself; the class exists so its severity can
 * be configured like any other rule's.
 */
public final class InvalidLintIgnoreRule implements LintRule {

	/** The rule id. */
	public static final String ID = "invalid-lint-ignore";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public String description() {
		return "A lint-ignore suppression has no reason or names an unknown rule, so it silences nothing.";
	}

}

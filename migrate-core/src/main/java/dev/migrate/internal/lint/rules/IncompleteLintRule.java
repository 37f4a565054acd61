package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.result.Severity;

/**
 * A Java revision whose {@code upgrade} needs the JDBC connection (a data migration) or
 * throws while being recorded could only be linted up to that point. Findings of this
 * rule are produced by the {@link dev.migrate.internal.lint.Linter} itself; the class
 * exists so its severity can be configured like any other rule's.
 */
public final class IncompleteLintRule implements LintRule {

	/** The rule id. */
	public static final String ID = "revision-not-fully-linted";

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
		return "A revision could not be linted completely, e.g. because its upgrade needs a database connection.";
	}

}

package dev.migrate.internal.lint;

import dev.migrate.result.Severity;

import java.util.List;

/**
 * One zero-downtime safety check. Implementations are stateless: everything they need to
 * know about the revision so far is in the {@link RevisionLintContext}.
 *
 * <p>
 * The linter calls {@link #check} for every statement of a revision in order (the context
 * then describes the schema as it is just before that statement), and
 * {@link #checkRevision} once after the last statement.
 */
public interface LintRule {

	/**
	 * Stable kebab-case id used in configuration, suppressions and output, e.g.
	 * {@code drop-column}.
	 */
	String id();

	/** Severity unless configured otherwise. */
	Severity defaultSeverity();

	/** One sentence saying what the rule catches, for documentation and listings. */
	String description();

	/** Checks one statement. */
	default List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return List.of();
	}

	/** Checks the revision as a whole, after all its statements. */
	default List<Violation> checkRevision(RevisionLintContext context) {
		return List.of();
	}

}

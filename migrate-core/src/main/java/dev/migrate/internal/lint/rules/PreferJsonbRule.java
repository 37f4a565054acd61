package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import java.util.List;

/**
 * Advice: {@code json} stores text; {@code jsonb} is indexable and faster to query.
 */
public final class PreferJsonbRule implements LintRule {

	@Override
	public String id() {
		return "prefer-jsonb";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String description() {
		return "A column is declared json instead of jsonb.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return DeclaredColumn.in(statement)
			.stream()
			.filter(column -> column.typeName().equals("json"))
			.map(column -> new Violation(
					"Column " + column.describe() + " is declared json: it is stored as text and re-parsed on every "
							+ "access, cannot be indexed with GIN and has no equality operator.",
					"Use jsonb, unless preserving key order, duplicate keys or exact whitespace is a requirement.",
					statement))
			.toList();
	}

}

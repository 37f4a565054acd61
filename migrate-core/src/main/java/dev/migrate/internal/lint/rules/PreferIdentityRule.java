package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.ColumnDefinition;
import java.util.List;

/**
 * Advice: serial pseudo-types are superseded by SQL-standard identity columns.
 */
public final class PreferIdentityRule implements LintRule {

	@Override
	public String id() {
		return "prefer-identity";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String description() {
		return "A column is declared serial instead of an identity column.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return DeclaredColumn.in(statement)
			.stream()
			.filter(column -> column.type().size() == 1 && ColumnDefinition.isSerialType(column.typeName()))
			.map(column -> new Violation(
					"Column " + column.describe() + " is declared " + column.typeName()
							+ ": its sequence is a separate "
							+ "object with its own ownership and permissions, and explicit inserts silently "
							+ "desynchronise it.",
					"Use an identity column: bigint GENERATED ALWAYS AS IDENTITY (or BY DEFAULT when explicit ids must "
							+ "be inserted).",
					statement))
			.toList();
	}

}

package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * Advice: {@code varchar(n)} limits can only be changed with
 * {@code ALTER COLUMN ... TYPE}, which takes an ACCESS EXCLUSIVE lock (and rewrites the
 * table when the limit shrinks). A {@code text} column with a
 * {@code CHECK (char_length(c) <= n)} constraint has the same limit, and a new check can
 * be added {@code NOT VALID} and validated without blocking.
 */
public final class PreferTextFieldRule implements LintRule {

	@Override
	public String id() {
		return "prefer-text-field";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String description() {
		return "A column is declared varchar(n), whose limit can only be raised with an ACCESS EXCLUSIVE lock.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return DeclaredColumn.in(statement)
			.stream()
			.filter(column -> column.length() >= 0 && (column.typeName().equals("varchar")
					|| column.typeName().equals("nvarchar") || column.typeContains("varying")))
			.map(column -> new Violation("Column " + column.describe() + " is declared varchar(" + column.length()
					+ "): changing the limit later needs ALTER COLUMN ... TYPE under an ACCESS EXCLUSIVE lock (a "
					+ "rewrite when it shrinks), which queues every query on the table.",
					"Use text with a CHECK (char_length(" + column.column() + ") <= " + column.length()
							+ ") constraint; change the limit later by adding a new check NOT VALID, validating it in a "
							+ "later revision and dropping the old one.",
					statement))
			.toList();
	}

}

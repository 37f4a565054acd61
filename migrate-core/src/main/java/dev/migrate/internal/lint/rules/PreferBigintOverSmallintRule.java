package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.result.Severity;
import java.util.List;
import java.util.Set;

/**
 * Advice: {@code smallint} / {@code int2} / {@code smallserial} columns overflow at
 * 32,767; widening later rewrites the table and its indexes under an ACCESS EXCLUSIVE
 * lock.
 */
public final class PreferBigintOverSmallintRule implements LintRule {

	@Override
	public String id() {
		return "prefer-bigint-over-smallint";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String description() {
		return "A column is declared smallint (or smallserial), whose 32767 limit is easily reached.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return DeclaredColumn.in(statement)
			.stream()
			.filter(column -> SMALLINT_TYPES.contains(column.typeName()))
			.map(column -> new Violation("Column " + column.describe() + " is declared " + column.typeName()
					+ ": it overflows at 32,767 (inserts then fail), and widening it later rewrites the table and its "
					+ "indexes under an ACCESS EXCLUSIVE lock.",
					"Use bigint (or integer where the range is truly bounded, like a month number); the saved bytes are "
							+ "usually lost to alignment anyway.",
					statement))
			.toList();
	}

	private static final Set<String> SMALLINT_TYPES = Set.of("smallint", "int2", "smallserial", "serial2");

}

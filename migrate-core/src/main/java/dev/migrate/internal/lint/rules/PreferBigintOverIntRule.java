package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.result.Severity;
import java.util.List;
import java.util.Set;

/**
 * Advice: {@code integer} / {@code int4} / {@code serial} columns overflow at
 * 2,147,483,647, which busy keys and counters reach; widening later to {@code bigint}
 * rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.
 */
public final class PreferBigintOverIntRule implements LintRule {

	@Override
	public String id() {
		return "prefer-bigint-over-int";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String description() {
		return "A column is declared integer (or serial), whose 2^31 limit is reached by busy keys and counters.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return DeclaredColumn.in(statement)
			.stream()
			.filter(column -> INT_TYPES.contains(column.typeName()))
			.map(column -> new Violation(
					"Column " + column.describe() + " is declared " + column.typeName()
							+ ": it overflows at 2,147,483,647 (inserts then fail), and widening it to bigint later "
							+ "rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.",
					"Use bigint (bigint GENERATED ... AS IDENTITY for keys); the 4 extra bytes per row are cheaper than "
							+ "the migration.",
					statement))
			.toList();
	}

	private static final Set<String> INT_TYPES = Set.of("int", "integer", "int4", "serial", "serial4");

}

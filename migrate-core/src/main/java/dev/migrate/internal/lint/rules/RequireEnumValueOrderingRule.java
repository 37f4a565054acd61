package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AddEnumValue;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * {@code ALTER TYPE ... ADD VALUE} without {@code BEFORE} or {@code AFTER}: the value
 * sorts after all existing ones, which orders rows by enum value (and comparisons such as
 * {@code status < 'shipped'}) in a way nobody decided.
 */
public final class RequireEnumValueOrderingRule implements LintRule {

	@Override
	public String id() {
		return "require-enum-value-ordering";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String description() {
		return "ALTER TYPE ... ADD VALUE without BEFORE or AFTER appends the value at the end of the sort order.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof AddEnumValue value) || value.positioned()) {
			return List.of();
		}
		return List.of(new Violation(
				"Adds a value to enum \"" + value.type() + "\" without BEFORE or AFTER: it sorts "
						+ "after every existing value, which decides ORDER BY and comparisons on the column.",
				"Say where it belongs: ALTER TYPE ... ADD VALUE 'x' BEFORE 'y' (or AFTER 'y').", statement));
	}

}

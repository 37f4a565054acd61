package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import java.util.List;

/**
 * Advice: {@code char(n)} / {@code character(n)} blank-pads values and brings no benefit
 * over text.
 */
public final class PreferTextOverCharRule implements LintRule {

	@Override
	public String id() {
		return "prefer-text-over-char";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String description() {
		return "A column is declared char(n), which pads with blanks and is no faster than text.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return DeclaredColumn.in(statement)
			.stream()
			.filter(column -> (column.typeName().equals("char") || column.typeName().equals("character")
					|| column.typeName().equals("bpchar")) && !column.typeContains("varying"))
			.map(column -> new Violation(
					"Column " + column.describe() + " is declared char(n): values are blank-padded to the length, "
							+ "comparisons ignore trailing blanks, and it is no faster than text or varchar.",
					"Use text (with a CHECK (length(...) <= n) if the limit matters) or varchar(n).", statement))
			.toList();
	}

}

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
			.filter(PreferTextOverCharRule::blankPadded)
			.map(column -> new Violation(
					"Column " + column.describe() + " is declared char(n): values are blank-padded to the length, "
							+ "comparisons ignore trailing blanks, and it is no faster than text or varchar.",
					"Use text, with a CHECK (char_length(...) <= n) constraint if the limit matters.", statement))
			.toList();
	}

	/**
	 * {@code char(n)}, {@code character(n)}, {@code bpchar}, {@code nchar(n)} and
	 * {@code national character(n)}, quoted or not; but not the quoted {@code "char"},
	 * which is PostgreSQL's internal one-byte type, nor the {@code varying} forms.
	 */
	private static boolean blankPadded(DeclaredColumn column) {
		String name = column.typeName();
		boolean padded = (name.equals("char") && !column.quotedType()) || name.equals("character")
				|| name.equals("bpchar") || name.equals("nchar") || name.equals("national");
		return padded && !column.typeContains("varying");
	}

}

package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import java.util.List;

/**
 * Advice: {@code timestamp} (without time zone) loses the instant a value refers to.
 */
public final class PreferTimestamptzRule implements LintRule {

	@Override
	public String id() {
		return "prefer-timestamptz";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.INFO;
	}

	@Override
	public String description() {
		return "A column is declared timestamp without time zone.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return DeclaredColumn.in(statement)
			.stream()
			.filter(column -> column.typeName().equals("timestamp") && !column.typeContains("with", "time", "zone"))
			.map(column -> new Violation(
					"Column " + column.describe() + " is declared timestamp without time zone: it stores wall-clock "
							+ "time with no offset, so values written from servers or sessions in different time "
							+ "zones (or around DST changes) cannot be compared reliably.",
					"Use timestamptz (timestamp with time zone), which stores an absolute instant; java.time.Instant "
							+ "and OffsetDateTime map to it directly.",
					statement))
			.toList();
	}

}

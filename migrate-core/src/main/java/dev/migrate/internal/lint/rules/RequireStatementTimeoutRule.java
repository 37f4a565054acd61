package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * With the engine's statement timeout off ({@code migrate.statement-timeout=0}, the
 * default), a statement holding a strong lock on an existing table runs as long as it
 * takes: a slower than expected rewrite or scan becomes an outage of that length.
 * Reported once per revision, at its first such statement.
 */
public final class RequireStatementTimeoutRule implements LintRule {

	@Override
	public String id() {
		return "require-statement-timeout";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.OFF;
	}

	@Override
	public String description() {
		return "A revision locks an existing table with no statement_timeout while the engine's statement timeout is off.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (context.engineStatementTimeoutEnabled() || context.statementTimeoutSet() || context.alreadyReported(id())
				|| !StrongLocks.onExistingTable(statement, context)) {
			return List.of();
		}
		return List.of(new Violation(
				"Revision " + context.revisionId() + " takes a strong lock on an existing table with "
						+ "no statement_timeout (migrate.statement-timeout is off): if the statement runs longer than "
						+ "expected, every query on the table waits for as long as it runs.",
				"Set migrate.statement-timeout (e.g. 1min), or start the revision with SET statement_timeout = '1min', "
						+ "sized for the slowest statement on the largest table.",
				statement));
	}

}

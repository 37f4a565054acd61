package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import java.util.List;

/**
 * With the engine's lock timeout disabled ({@code migrate.lock-timeout=0}), a statement
 * that needs a strong lock on an existing table waits behind any long-running
 * transaction, and while it waits every other query on the table queues behind it: a
 * brief DDL becomes an outage. Reported once per revision, at its first such statement.
 */
public final class MissingLockTimeoutRule implements LintRule {

	@Override
	public String id() {
		return "missing-lock-timeout";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public String description() {
		return "A revision locks an existing table without a lock_timeout while the engine's lock timeout is disabled.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (context.engineLockTimeoutEnabled() || context.lockTimeoutSet() || context.alreadyReported(id())
				|| !StrongLocks.onExistingTable(statement, context)) {
			return List.of();
		}
		return List.of(new Violation(
				"Revision " + context.revisionId() + " takes a strong lock on an existing table with no lock_timeout "
						+ "(migrate.lock-timeout is disabled): if a long transaction holds the table, this statement "
						+ "waits indefinitely and every query on the table queues behind it.",
				"Enable migrate.lock-timeout (e.g. 5s) or start the revision with SET lock_timeout = '5s' and retry "
						+ "the deployment when it times out.",
				statement));
	}

}

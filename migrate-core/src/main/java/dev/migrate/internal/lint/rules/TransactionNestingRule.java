package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.source.TransactionControl;
import dev.migrate.result.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A top-level {@code BEGIN}/{@code COMMIT}/{@code ROLLBACK}/{@code SAVEPOINT}/... in a
 * transactional revision: migrate refuses to run it (see {@link TransactionControl}); the
 * rule reports it before deployment.
 */
public final class TransactionNestingRule implements LintRule {

	@Override
	public String id() {
		return "transaction-nesting";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A transactional revision controls the transaction itself (BEGIN, COMMIT, ROLLBACK, SAVEPOINT, ...).";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		Optional<String> command = TransactionControl.command(statement.sql());
		// Inside an autocommit block too: migrate refuses it in every part of a
		// transactional revision.
		if (!(context.transactional() || context.inAutocommitBlock()) || command.isEmpty()) {
			return List.of();
		}
		return List.of(new Violation(
				"Runs " + command.get() + " in transactional revision " + context.revisionId()
						+ ": migrate runs the revision in its own transaction with its version and history rows, so "
						+ command.get()
						+ " would commit or discard part of it behind migrate's back; migrate refuses to run" + " it.",
				"Remove it (the revision is already one transaction), split the revision, or declare it "
						+ "'-- transactional: false' when it must commit in steps.",
				statement));
	}

}

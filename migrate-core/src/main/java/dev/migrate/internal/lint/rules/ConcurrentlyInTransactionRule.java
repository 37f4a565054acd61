package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import java.util.List;

/**
 * {@code CREATE INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY},
 * {@code REINDEX CONCURRENTLY} and {@code DETACH PARTITION ... CONCURRENTLY} cannot run
 * inside a transaction block: in a transactional revision the migration fails at deploy
 * time. Inside an autocommit block of a transactional revision they run in autocommit and
 * are accepted.
 */
public final class ConcurrentlyInTransactionRule implements LintRule {

	@Override
	public String id() {
		return "concurrently-in-transaction";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A CONCURRENTLY statement is in a transactional revision, where PostgreSQL rejects it.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!context.transactional() || statement.tokens().stream().noneMatch(token -> token.is("concurrently"))
				|| (!statement.tokens().isEmpty() && statement.tokens().get(0).is("refresh"))) {
			// REFRESH MATERIALIZED VIEW CONCURRENTLY is the one CONCURRENTLY that runs in
			// a transaction.
			return List.of();
		}
		return List.of(new Violation(
				"Runs a CONCURRENTLY statement in transactional revision " + context.revisionId()
						+ ": PostgreSQL refuses it inside a transaction block (\"cannot run inside a transaction "
						+ "block\"), so the deployment fails here.",
				"Run it in an autocommit block, which keeps the rest of the revision transactional (SQL: a line"
						+ " '-- migrate:autocommit' before it and '-- migrate:end-autocommit' after it; Java: "
						+ "`op.autocommitBlock(() -> { /* the CONCURRENTLY operation */ })`), or mark the revision"
						+ " non-transactional (SQL: -- transactional: false; Java: `@Revision(id = \""
						+ context.revisionId() + "\", transactional = Transactional.FALSE)` or AUTO). Either way"
						+ " keep the statements that commit on their own re-runnable "
						+ "(IF NOT EXISTS / IF EXISTS; DROP INDEX CONCURRENTLY IF EXISTS before CREATE INDEX "
						+ "CONCURRENTLY), since a failure leaves them applied.",
				statement));
	}

}

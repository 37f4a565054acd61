package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.Cluster;
import dev.migrate.internal.lint.sql.CreateIndex;
import dev.migrate.internal.lint.sql.DropIndex;
import dev.migrate.internal.lint.sql.DropTable;
import dev.migrate.internal.lint.sql.OtherStatement;
import dev.migrate.internal.lint.sql.Vacuum;
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
				|| !locksExistingTable(statement, context)) {
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

	private static boolean locksExistingTable(LintStatement statement, RevisionLintContext context) {
		if (statement.ddl() instanceof AlterTable alter) {
			return context.isExistingTable(alter.table());
		}
		if (statement.ddl() instanceof DropTable drop) {
			return drop.tables().stream().anyMatch(context::isExistingTable);
		}
		if (statement.ddl() instanceof CreateIndex index) {
			return !index.concurrently() && context.isExistingTable(index.table());
		}
		if (statement.ddl() instanceof DropIndex drop) {
			return !drop.concurrently() && drop.indexes().stream().anyMatch(index -> !context.isNewIndex(index));
		}
		if (statement.ddl() instanceof Vacuum vacuum) {
			return vacuum.full();
		}
		if (statement.ddl() instanceof Cluster) {
			return true;
		}
		return statement.ddl() instanceof OtherStatement other
				&& (other.command().equals("TRUNCATE") || other.command().equals("LOCK"));
	}

}

package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.Cluster;
import dev.migrate.internal.lint.sql.CreateIndex;
import dev.migrate.internal.lint.sql.DropIndex;
import dev.migrate.internal.lint.sql.DropTable;
import dev.migrate.internal.lint.sql.OtherStatement;
import dev.migrate.internal.lint.sql.Reindex;
import dev.migrate.internal.lint.sql.Truncate;
import dev.migrate.internal.lint.sql.Vacuum;

/**
 * Which statements take a lock on an existing table that blocks its traffic while held or
 * awaited; the timeout rules look for the first of them in a revision.
 */
final class StrongLocks {

	private StrongLocks() {
	}

	/** True when {@code statement} locks an existing table against reads or writes. */
	static boolean onExistingTable(LintStatement statement, RevisionLintContext context) {
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
		if (statement.ddl() instanceof Reindex reindex) {
			return !reindex.concurrently();
		}
		if (statement.ddl() instanceof Truncate truncate) {
			return truncate.tables().stream().anyMatch(context::isExistingTable);
		}
		if (statement.ddl() instanceof Cluster) {
			return true;
		}
		return statement.ddl() instanceof OtherStatement other && other.command().equals("LOCK");
	}

}

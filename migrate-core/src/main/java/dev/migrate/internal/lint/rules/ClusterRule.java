package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.Cluster;
import java.util.List;

/** {@code CLUSTER} rewrites the table in index order under an ACCESS EXCLUSIVE lock. */
public final class ClusterRule implements LintRule {

	@Override
	public String id() {
		return "cluster";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "CLUSTER rewrites a table under an exclusive lock.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof Cluster cluster)) {
			return List.of();
		}
		String what = cluster.table() == null ? "every previously clustered table"
				: "table \"" + cluster.table() + "\"";
		return List.of(new Violation(
				"Runs CLUSTER on " + what + ": the table is rewritten while an ACCESS EXCLUSIVE lock blocks all reads "
						+ "and writes.",
				"Reorder data online with pg_repack --order-by outside the migration, or accept the lock in a "
						+ "maintenance window.",
				statement));
	}

}

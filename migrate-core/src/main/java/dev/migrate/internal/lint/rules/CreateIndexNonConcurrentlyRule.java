package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.CreateIndex;
import java.util.List;

/**
 * {@code CREATE INDEX} without {@code CONCURRENTLY} on an existing table holds a SHARE
 * lock for the whole build: reads go on, every insert, update and delete waits.
 */
public final class CreateIndexNonConcurrentlyRule implements LintRule {

	@Override
	public String id() {
		return "create-index-non-concurrently";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "An index is created on an existing table without CONCURRENTLY, blocking writes during the build.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof CreateIndex index) || index.concurrently()
				|| context.isNewTable(index.table())) {
			return List.of();
		}
		String name = index.name() == null ? "an index" : "index \"" + index.name() + "\"";
		return List.of(new Violation(
				"Creates " + name + " on existing table " + context.describeTable(index.table())
						+ " without CONCURRENTLY: the build holds a SHARE lock that blocks every insert, update and "
						+ "delete until it finishes.",
				"Use DROP INDEX CONCURRENTLY IF EXISTS name, then CREATE " + (index.unique() ? "UNIQUE " : "")
						+ "INDEX CONCURRENTLY name, in a revision marked transactional: false (Java: " + javaFix(index)
						+ "), alone or with other non-transactional statements; the "
						+ "drop removes the invalid index a failed build leaves, so a retry succeeds.",
				statement));
	}

	// Code a Java revision can use as it is, apart from the indexed columns.
	private static String javaFix(CreateIndex index) {
		String name = index.name() == null ? "ix_name" : index.name();
		return "`op.dropIndex(\"" + name + "\", DropOption.CONCURRENTLY, DropOption.IF_EXISTS); op.createIndex(\""
				+ name + "\", \"" + index.table() + "\", i -> i.columns(\"column\")"
				+ (index.unique() ? ".unique()" : "") + ".concurrently())`";
	}

}

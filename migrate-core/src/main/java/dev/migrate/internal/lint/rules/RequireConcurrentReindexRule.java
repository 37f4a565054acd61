package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.Reindex;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * {@code REINDEX} without {@code CONCURRENTLY} holds a SHARE lock on the table (no
 * inserts, updates or deletes) and an ACCESS EXCLUSIVE lock on each rebuilt index
 * (queries that would use it wait) until the rebuild ends.
 */
public final class RequireConcurrentReindexRule implements LintRule {

	@Override
	public String id() {
		return "require-concurrent-reindex";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "REINDEX without CONCURRENTLY blocks writes to the table, and reads that use the index.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof Reindex reindex) || reindex.concurrently()) {
			return List.of();
		}
		if (reindex.name() != null && (reindex.target().equals("table") && context.isNewTable(reindex.name())
				|| reindex.target().equals("index") && context.isNewIndex(reindex.name()))) {
			return List.of();
		}
		String what = reindex.name() == null ? "REINDEX"
				: "REINDEX of " + reindex.target() + " \"" + reindex.name() + "\"";
		return List.of(new Violation(
				"Runs " + what + " without CONCURRENTLY: writes to the table are blocked, and "
						+ "queries that would use a rebuilt index wait, until the rebuild ends.",
				"Use REINDEX ... CONCURRENTLY (PostgreSQL 12+) in a revision marked -- transactional: false "
						+ "(Java: `@Revision(id = \"" + context.revisionId()
						+ "\", transactional = Transactional.FALSE)`"
						+ " with `op.execute(\"REINDEX ... CONCURRENTLY ...\")`); it can be rerun if interrupted.",
				statement));
	}

}

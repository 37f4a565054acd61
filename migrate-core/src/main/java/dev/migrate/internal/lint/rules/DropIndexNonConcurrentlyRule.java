package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.DropIndex;
import java.util.List;

/**
 * {@code DROP INDEX} without {@code CONCURRENTLY} takes an ACCESS EXCLUSIVE lock on the
 * index's table; it is quick once granted, but waits behind long transactions while
 * queueing everyone else.
 */
public final class DropIndexNonConcurrentlyRule implements LintRule {

	@Override
	public String id() {
		return "drop-index-non-concurrently";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "An existing index is dropped without CONCURRENTLY, locking its table.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof DropIndex drop) || drop.concurrently()) {
			return List.of();
		}
		return drop.indexes()
			.stream()
			.filter(index -> !context.isNewIndex(index))
			.map(index -> new Violation(
					"Drops index \"" + index + "\" without CONCURRENTLY: it takes an ACCESS EXCLUSIVE lock on the "
							+ "table, and while it waits for running transactions every query on the table queues "
							+ "behind it.",
					"Use DROP INDEX CONCURRENTLY IF EXISTS \"" + index + "\" in a revision marked "
							+ "transactional: false (one index per statement).",
					statement))
			.toList();
	}

}

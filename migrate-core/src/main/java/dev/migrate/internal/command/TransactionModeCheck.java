package dev.migrate.internal.command;

import dev.migrate.NonTransactionalRevisionException;
import dev.migrate.TransactionMode;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.MigrationStep;
import java.util.List;

/**
 * Refuses, before anything runs, a plan that transaction mode {@code all} cannot keep
 * all-or-nothing.
 */
final class TransactionModeCheck {

	private TransactionModeCheck() {
	}

	static void check(MigrationPlan plan, CommandContext context) {
		if (context.config().transactionMode() != TransactionMode.ALL) {
			return;
		}
		List<String> nonTransactional = plan.steps()
			.stream()
			.filter(step -> !context.runtime().facts().transactional(step.revision(), step.direction()))
			.map(MigrationStep::revision)
			.map(revision -> revision.id())
			.toList();
		if (!nonTransactional.isEmpty()) {
			throw new NonTransactionalRevisionException(nonTransactional);
		}
	}

}

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
		// Alembic's autocommit_block commits the whole run's transaction here; migrate
		// refuses instead, as 'all' promises that a failure leaves the database where the
		// run started.
		List<String> withBlocks = plan.steps()
			.stream()
			.filter(step -> context.runtime().facts().hasAutocommitBlock(step.revision(), step.direction()))
			.map(step -> step.revision().id())
			.toList();
		if (!withBlocks.isEmpty()) {
			throw new NonTransactionalRevisionException(withBlocks,
					"transaction-mode all cannot run revisions with" + " an autocommit block " + withBlocks
							+ ": the block commits everything the run did before it,"
							+ " so a later failure could not roll the run back. Use transaction-mode per-revision, or"
							+ " upgrade to the revision before them first. Nothing was run.");
		}
	}

}

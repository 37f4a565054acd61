package dev.migrate.internal.command;

import java.sql.SQLException;
import dev.migrate.internal.runtime.WriteRun;
import dev.migrate.internal.runtime.MigrationLock;
import dev.migrate.internal.runtime.StepRow;
import dev.migrate.internal.runtime.LockedSession;
import dev.migrate.result.DowngradeResult;

import dev.migrate.internal.graph.MigrationPlan;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code downgrade TARGET}: plans under the lock from the re-read heads. The graph
 * refuses a plan through an irreversible revision while planning, so nothing runs in that
 * case; a database that records revisions this release does not know is refused too (it
 * has no downgrade code for them).
 */
public final class DowngradeCommand {

	private final CommandContext context;

	public DowngradeCommand(CommandContext context) {
		this.context = context;
	}

	public DowngradeResult run(String target) {
		long start = System.nanoTime();
		WriteRun run = context.runtime().startWrite("downgrade", target);
		try (run) {
			DowngradeResult result;
			try (MigrationLock lock = run.lock()) {
				LockedSession session = run.locked(lock);
				Set<String> before = session.state().heads();
				UnfinishedStepCheck.check(session.state());
				DatabasePosition position = DatabasePosition.of(context.graph(), before, session::history);
				if (position.hasUnknown()) {
					throw position.downgradeRefused(target);
				}
				MigrationPlan plan = context.graph().planDowngrade(before, target);
				TransactionModeCheck.check(plan, context);
				List<StepRow> applied = session.run(plan);
				result = new DowngradeResult(before, plan.isEmpty() ? before : plan.toHeads(),
						StepRow.toResults(applied), session.lockWait(), Duration.ofNanos(System.nanoTime() - start));
				RunLog.finished("downgrade", result.headsAfter(), applied, result.duration());
			}
			return run.finished(result);
		}
		catch (SQLException | RuntimeException ex) {
			throw run.failed(ex);
		}
	}

}

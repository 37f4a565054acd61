package dev.migrate.internal.command;

import dev.migrate.result.AppliedStep;
import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.UpgradeResult;

import dev.migrate.ChecksumMismatchException;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.runtime.DatabaseState;
import dev.migrate.internal.runtime.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code upgrade [TARGET]}: first checks without the lock whether anything is pending
 * (the common no-op start); if so, under the lock, re-reads the heads, plans from them,
 * refuses edited applied revisions (unless checksum validation is off) and plans that
 * transaction mode {@code all} cannot run, then runs the steps. A database ahead of this
 * release (see {@link DatabasePosition}) has nothing pending and is handled by
 * {@code on-ahead}; a diverged one is refused.
 */
public final class UpgradeCommand {

	private final CommandContext context;

	public UpgradeCommand(CommandContext context) {
		this.context = context;
	}

	public UpgradeResult run(String target) {
		long start = System.nanoTime();
		return context.runtime()
			.write("upgrade", target,
					(connection, store) -> upToDate(store.readForPlanning(connection), connection, store, target,
							start),
					// While another instance holds the lock: its heads first (one small
					// row set), the whole check only once they say nothing is pending.
					(connection, store) -> {
						DatabasePosition position = position(store.readHeadsOnly(connection), connection, store);
						return !position.diverged() && context.graph().planUpgrade(position.known(), target).isEmpty()
								? upToDate(store.readForPlanning(connection), connection, store, target, start)
								: Optional.empty();
					}, session -> {
						Set<String> before = session.state().heads();
						UnfinishedStepCheck.check(session.state());
						DatabasePosition position = DatabasePosition.of(context.graph(), before, session::history);
						position.check(context.config().onAhead(), "upgrade");
						MigrationPlan plan = context.graph().planUpgrade(position.known(), target);
						checkChecksums(session.state(), position);
						TransactionModeCheck.check(plan, context);
						List<AppliedStep> applied = session.run(plan);
						UpgradeResult result = new UpgradeResult(before, plan.isEmpty() ? before : plan.toHeads(),
								applied, session.lockWait(), Duration.ofNanos(System.nanoTime() - start));
						RunLog.finished("upgrade", result.headsAfter(), applied, result.duration());
						return result;
					});
	}

	private DatabasePosition position(Set<String> heads, Connection connection, StateStore store) throws SQLException {
		return DatabasePosition.of(context.graph(), heads, () -> store.readHistory(connection));
	}

	/**
	 * The result of a run with nothing to do, decided without the lock, or empty when
	 * there is work (which is then planned again from the state re-read under the lock).
	 * Bad state, a diverged database and edited revisions fail here exactly as they would
	 * under the lock.
	 */
	private Optional<UpgradeResult> upToDate(DatabaseState state, Connection connection, StateStore store,
			String target, long start) throws SQLException {
		Set<String> heads = state.heads();
		if (!state.unfinished().isEmpty()) {
			return Optional.empty();
		}
		DatabasePosition position = position(heads, connection, store);
		position.check(context.config().onAhead(), "upgrade");
		if (!context.graph().planUpgrade(position.known(), target).isEmpty()) {
			return Optional.empty();
		}
		checkChecksums(state, position);
		UpgradeResult result = new UpgradeResult(heads, heads, List.of(), Duration.ZERO,
				Duration.ofNanos(System.nanoTime() - start));
		RunLog.finished("upgrade", heads, List.of(), result.duration());
		return Optional.of(result);
	}

	private void checkChecksums(DatabaseState state, DatabasePosition position) {
		if (context.config().validateChecksums()) {
			List<ChecksumMismatch> mismatches = ChecksumCheck.mismatches(context.graph(), position.known(), state,
					context.runtime().facts());
			if (!mismatches.isEmpty()) {
				throw new ChecksumMismatchException(mismatches);
			}
		}
	}

}

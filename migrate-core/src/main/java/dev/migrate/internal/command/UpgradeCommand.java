package dev.migrate.internal.command;

import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.UpgradeResult;

import dev.migrate.ChecksumMismatchException;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.runtime.DatabaseState;
import dev.migrate.internal.runtime.Listeners;
import dev.migrate.internal.runtime.LockOutcome;
import dev.migrate.internal.runtime.LockedSession;
import dev.migrate.internal.runtime.MigrationLock;
import dev.migrate.internal.runtime.StepRow;
import dev.migrate.internal.runtime.WriteRun;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code upgrade [TARGET]}, top to bottom: a quick check without the lock (the common
 * no-op start ends there); the lock, or the result of the instance that did the work
 * while this one waited; the state re-read under the lock; the plan, refused when it
 * would pass an unfinished step, an edited applied revision (unless checksum validation
 * is off) or cannot run in transaction mode {@code all}; the steps; the result. A
 * database ahead of this release (see {@link DatabasePosition}) has nothing pending and
 * is handled by {@code on-ahead}; a diverged one is refused.
 */
public final class UpgradeCommand {

	private final CommandContext context;

	public UpgradeCommand(CommandContext context) {
		this.context = context;
	}

	public UpgradeResult run(String target) {
		NoRevisionsCheck.check(context);
		long start = System.nanoTime();
		// The phases of the lock-free start are told to the listeners (startup timing).
		Listeners listeners = context.runtime().listeners();
		long phase = listeners.phaseStarted("upgrade.connect");
		WriteRun run;
		try {
			run = context.runtime().startWrite("upgrade", target);
		}
		finally {
			listeners.phaseFinished("upgrade.connect", phase);
		}
		try (run) {
			phase = listeners.phaseStarted("upgrade.state-read");
			DatabaseState state;
			try {
				state = run.readState();
			}
			finally {
				listeners.phaseFinished("upgrade.state-read", phase);
			}
			phase = listeners.phaseStarted("upgrade.check");
			Optional<UpgradeResult> upToDate;
			try {
				upToDate = upToDate(run, state, target, start);
			}
			finally {
				listeners.phaseFinished("upgrade.check", phase);
			}
			if (upToDate.isPresent()) {
				return run.finished(upToDate.get());
			}
			if (!state.tablesExist() && state.heads().isEmpty()) {
				prepareNewDatabase(run, target);
			}
			LockOutcome<UpgradeResult> outcome = run.lock(() -> doneMeanwhile(run, target, start));
			if (outcome instanceof LockOutcome.DoneMeanwhile<UpgradeResult> done) {
				return run.finished(done.result());
			}
			UpgradeResult result;
			try (MigrationLock lock = ((LockOutcome.Acquired<UpgradeResult>) outcome).lock()) {
				LockedSession session = run.locked(lock);
				Set<String> before = session.state().heads();
				UnfinishedStepCheck.check(session.state());
				DatabasePosition position = DatabasePosition.of(context.graph(), before, session::history);
				position.check(context.config().onAhead(), "upgrade");
				MigrationPlan plan = context.graph().planUpgrade(position.known(), target);
				checkChecksums(session.state(), position);
				TransactionModeCheck.check(plan, context);
				List<StepRow> applied = session.run(plan);
				result = new UpgradeResult(before, plan.isEmpty() ? before : plan.toHeads(), StepRow.toResults(applied),
						session.lockWait(), Duration.ofNanos(System.nanoTime() - start));
				RunLog.finished("upgrade", result.headsAfter(), applied, result.duration());
			}
			return run.finished(result);
		}
		catch (SQLException | RuntimeException ex) {
			throw run.failed(ex);
		}
	}

	/**
	 * A new database: the plan the lock will find is the whole way to {@code target} (or,
	 * if another instance wins the lock, a shorter one from its work), so it is checked
	 * now as it will be then, and the state tables are created while the lock session
	 * connects. A plan refused here leaves the database untouched.
	 */
	private void prepareNewDatabase(WriteRun run, String target) throws SQLException {
		MigrationPlan plan = context.graph().planUpgrade(Set.of(), target);
		TransactionModeCheck.check(plan, context);
		run.prepareNewDatabase(plan);
	}

	/**
	 * Asked between polls while another instance holds the lock: its heads first (one
	 * small row set), the whole check only once they say nothing is pending.
	 */
	private Optional<UpgradeResult> doneMeanwhile(WriteRun run, String target, long start) throws SQLException {
		DatabasePosition position = DatabasePosition.of(context.graph(), run.readHeads(), run::readHistory);
		return !position.diverged() && context.graph().planUpgrade(position.known(), target).isEmpty()
				? upToDate(run, run.readState(), target, start) : Optional.empty();
	}

	/**
	 * The result of a run with nothing to do, decided without the lock, or empty when
	 * there is work (which is then planned again from the state re-read under the lock).
	 * Bad state, a diverged database and edited revisions fail here exactly as they would
	 * under the lock.
	 */
	private Optional<UpgradeResult> upToDate(WriteRun run, DatabaseState state, String target, long start)
			throws SQLException {
		Set<String> heads = state.heads();
		if (!state.unfinished().isEmpty()) {
			return Optional.empty();
		}
		DatabasePosition position = DatabasePosition.of(context.graph(), heads, run::readHistory);
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

package dev.migrate.internal.command;

import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.HistoryRecord;
import dev.migrate.result.LastRun;
import dev.migrate.result.MigrationStatus;

import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.Target;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.runtime.DatabaseState;
import dev.migrate.internal.runtime.RunRow;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything the actuator endpoint and health indicator show, from one state read (one
 * round trip; a second one reads the history only when the database records revisions
 * this release does not know): current and graph heads, pending revisions, checksum
 * mismatches, the applied revisions' last upgrade rows, this instance's last run, and the
 * revisions the database is ahead by. Never refuses a database that is ahead or diverged:
 * it reports it, so that health and the endpoint can show it.
 */
public final class StatusCommand {

	private final CommandContext context;

	public StatusCommand(CommandContext context) {
		this.context = context;
	}

	public MigrationStatus run() {
		Read read = context.runtime().read((connection, store) -> {
			DatabaseState state = store.read(connection);
			return new Read(state,
					DatabasePosition.of(context.graph(), state.heads(), () -> store.readHistory(connection)));
		});
		DatabaseState state = read.state();
		DatabasePosition position = read.position();
		MigrationPlan plan = context.graph().planUpgrade(position.known(), Target.HEADS);
		List<ChecksumMismatch> mismatches = context.config().validateChecksums()
				? ChecksumCheck.mismatches(context.graph(), position.known(), state, context.runtime().facts())
				: List.of();
		Set<String> applied = new HashSet<>();
		for (RevisionScript revision : context.graph().applied(position.known())) {
			applied.add(revision.id());
		}
		List<HistoryRecord> appliedRows = state.lastUpgrades()
			.values()
			.stream()
			.filter(row -> applied.contains(row.revision()))
			.toList();
		Set<String> heads = context.graph()
			.heads()
			.stream()
			.map(RevisionScript::id)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new MigrationStatus(state.heads(), heads,
				plan.steps().stream().map((step) -> step.revision().info()).toList(), mismatches, appliedRows,
				lastRun(context.runtime().lastRun()), FailedSteps.of(state), position.ahead());
	}

	/**
	 * The runtime's row of this instance's last run as the public result describes it.
	 */
	private static @Nullable LastRun lastRun(@Nullable RunRow row) {
		return (row != null) ? new LastRun(row.run(), row.toOutcome()) : null;
	}

	private record Read(DatabaseState state, DatabasePosition position) {
	}

}

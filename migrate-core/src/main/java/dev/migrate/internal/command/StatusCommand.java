package dev.migrate.internal.command;

import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.HistoryRecord;
import dev.migrate.result.MigrationStatus;

import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.Target;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.runtime.DatabaseState;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the actuator endpoint and health indicator show, from one state read (one
 * round trip): current and graph heads, pending revisions, checksum mismatches, the
 * applied revisions' last upgrade rows, and this instance's last run.
 */
public final class StatusCommand {

	private final CommandContext context;

	public StatusCommand(CommandContext context) {
		this.context = context;
	}

	public MigrationStatus run() {
		DatabaseState state = context.runtime().read((connection, store) -> store.read(connection));
		MigrationPlan plan = context.graph().planUpgrade(state.heads(), Target.HEADS);
		List<ChecksumMismatch> mismatches = context.config().validateChecksums()
				? ChecksumCheck.mismatches(context.graph(), state, context.runtime().facts()) : List.of();
		Set<String> applied = new HashSet<>();
		for (RevisionScript revision : context.graph().applied(state.heads())) {
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
				context.runtime().lastRun(), FailedSteps.of(state));
	}

}

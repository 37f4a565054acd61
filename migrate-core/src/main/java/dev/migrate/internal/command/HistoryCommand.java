package dev.migrate.internal.command;

import dev.migrate.result.FailedStep;
import dev.migrate.result.HistoryEntry;
import dev.migrate.result.HistoryRecord;
import dev.migrate.result.HistoryResult;

import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.runtime.HistoryTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code history [-r RANGE]}: the revisions of the graph (or a range), newest first,
 * marked head / current / applied, plus the history-table rows recorded for them and the
 * steps that failed or were interrupted and await {@code resolve}. From the graph alone
 * unless asked to read the database (or the range names {@code current}); then the heads
 * and the rows come over one connection.
 */
public final class HistoryCommand {

	private final CommandContext context;

	public HistoryCommand(CommandContext context) {
		this.context = context;
	}

	/**
	 * @param range {@code from:to}, or {@code null} for the whole graph
	 * @param readDatabase mark current and applied revisions and add the recorded rows;
	 * without it nothing connects unless the range names {@code current}
	 */
	public HistoryResult run(@Nullable String range, boolean readDatabase) {
		// The rows hold each revision's last upgrade too: one read of the history serves
		// both.
		Snapshot snapshot = readDatabase || RevisionGraph.rangeNamesCurrent(range)
				? context.runtime()
					.read((connection, store) -> new Snapshot(store.readHeadsOnly(connection),
							store.readHistory(connection), FailedSteps.of(store.readUnfinished(connection))))
				: new Snapshot(Set.of(), List.of(), List.of());
		Set<String> current = snapshot.heads();
		// Ranges and applied marks from the revisions this release knows (all of them
		// unless the database is ahead of it).
		Set<String> known = DatabasePosition.trace(context.graph(), current, snapshot.rows()).known();
		Map<String, HistoryRecord> lastUpgrades = HistoryTable.lastUpgrades(snapshot.rows());
		List<RevisionScript> revisions = range == null || range.isBlank() ? context.graph().history()
				: context.graph().range(known, range);
		Set<String> applied = new HashSet<>();
		for (RevisionScript revision : context.graph().applied(known)) {
			applied.add(revision.id());
		}
		Set<String> heads = new HashSet<>();
		for (RevisionScript head : context.graph().heads()) {
			heads.add(head.id());
		}
		Set<String> inRange = new HashSet<>();
		List<HistoryEntry> entries = new ArrayList<>();
		for (RevisionScript revision : revisions) {
			inRange.add(revision.id());
			entries.add(new HistoryEntry(revision.info(), heads.contains(revision.id()),
					current.contains(revision.id()), applied.contains(revision.id()), lastUpgrades.get(revision.id()),
					context.graph().children(revision.id()).stream().map(RevisionScript::id).toList()));
		}
		boolean everything = range == null || range.isBlank();
		List<HistoryRecord> records = snapshot.rows()
			.stream()
			.filter(row -> everything || inRange.contains(row.revision()))
			.toList();
		List<FailedStep> failed = snapshot.failed()
			.stream()
			.filter(step -> everything || inRange.contains(step.revision()))
			.toList();
		return new HistoryResult(entries, records, failed);
	}

	private record Snapshot(Set<String> heads, List<HistoryRecord> rows, List<FailedStep> failed) {
	}

}

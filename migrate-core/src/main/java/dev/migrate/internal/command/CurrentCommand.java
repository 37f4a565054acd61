package dev.migrate.internal.command;

import dev.migrate.result.CurrentResult;
import dev.migrate.result.FailedStep;
import dev.migrate.result.RevisionInfo;

import dev.migrate.internal.revision.RevisionScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code current}: the heads recorded in the database, without the lock (a read). When
 * some are unknown to this release, the history table tells how far the database is ahead
 * of it, or that it has diverged. A step that started and did not finish (a
 * non-transactional revision awaiting {@code resolve}) is reported too.
 */
public final class CurrentCommand {

	private final CommandContext context;

	public CurrentCommand(CommandContext context) {
		this.context = context;
	}

	public CurrentResult run() {
		Snapshot snapshot = context.runtime()
			.read((connection,
					store) -> new Snapshot(
							DatabasePosition.of(context.graph(), new LinkedHashSet<>(store.readHeadsOnly(connection)),
									() -> store.readHistory(connection)),
							FailedSteps.of(store.readUnfinished(connection))));
		DatabasePosition position = snapshot.position();
		List<String> heads = List.copyOf(position.recorded());
		List<RevisionInfo> known = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String head : heads) {
			Optional<RevisionScript> revision = context.graph().get(head);
			if (revision.isPresent()) {
				known.add(revision.get().info());
			}
			else {
				unknown.add(head);
			}
		}
		return new CurrentResult(heads, known, unknown,
				context.graph().heads().stream().map(RevisionScript::id).collect(Collectors.toSet()), position.ahead(),
				position.missing(), snapshot.failed());
	}

	private record Snapshot(DatabasePosition position, List<FailedStep> failed) {
	}

}

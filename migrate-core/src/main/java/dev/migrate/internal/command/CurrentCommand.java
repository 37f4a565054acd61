package dev.migrate.internal.command;

import dev.migrate.result.CurrentResult;
import dev.migrate.result.FailedStep;
import dev.migrate.result.RevisionInfo;

import dev.migrate.internal.revision.RevisionScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code current}: the heads recorded in the database, and any step that started and did
 * not finish (a non-transactional revision awaiting {@code resolve}), without the lock (a
 * read).
 */
public final class CurrentCommand {

	private final CommandContext context;

	public CurrentCommand(CommandContext context) {
		this.context = context;
	}

	public CurrentResult run() {
		Snapshot snapshot = context.runtime()
			.read((connection, store) -> new Snapshot(List.copyOf(store.readHeadsOnly(connection)),
					FailedSteps.of(store.readUnfinished(connection))));
		List<String> heads = snapshot.heads();
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
				context.graph().heads().stream().map(RevisionScript::id).collect(Collectors.toSet()),
				snapshot.failed());
	}

	private record Snapshot(List<String> heads, List<FailedStep> failed) {
	}

}

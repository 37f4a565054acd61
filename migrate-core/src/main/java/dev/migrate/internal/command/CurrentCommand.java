package dev.migrate.internal.command;

import dev.migrate.result.CurrentResult;
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
 * of it, or that it has diverged.
 */
public final class CurrentCommand {

	private final CommandContext context;

	public CurrentCommand(CommandContext context) {
		this.context = context;
	}

	public CurrentResult run() {
		DatabasePosition position = context.runtime()
			.read((connection, store) -> DatabasePosition.of(context.graph(),
					new LinkedHashSet<>(store.readHeadsOnly(connection)), () -> store.readHistory(connection)));
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
				position.missing());
	}

}

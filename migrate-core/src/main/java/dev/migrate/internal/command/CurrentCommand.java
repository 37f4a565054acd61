package dev.migrate.internal.command;

import dev.migrate.result.CurrentResult;

import dev.migrate.internal.revision.RevisionScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code current}: the heads recorded in the database, without the lock (a read). */
public final class CurrentCommand {

	private final CommandContext context;

	public CurrentCommand(CommandContext context) {
		this.context = context;
	}

	public CurrentResult run() {
		List<String> heads = context.runtime()
			.read((connection, store) -> List.copyOf(store.readHeadsOnly(connection)));
		List<RevisionScript> known = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String head : heads) {
			Optional<RevisionScript> revision = context.graph().get(head);
			if (revision.isPresent()) {
				known.add(revision.get());
			}
			else {
				unknown.add(head);
			}
		}
		return new CurrentResult(heads, known, unknown);
	}

}

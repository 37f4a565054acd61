package dev.migrate.internal.command;

import dev.migrate.result.HeadsResult;

import dev.migrate.internal.revision.RevisionScript;
import java.util.Set;

/** {@code heads}: the graph's heads, marking those the database records. */
public final class HeadsCommand {

	private final CommandContext context;

	public HeadsCommand(CommandContext context) {
		this.context = context;
	}

	public HeadsResult run() {
		Set<String> current = context.runtime().read((connection, store) -> store.readHeadsOnly(connection));
		return new HeadsResult(context.graph().heads().stream().map(RevisionScript::info).toList(), current);
	}

}

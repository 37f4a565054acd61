package dev.migrate.internal.command;

import dev.migrate.result.HeadsResult;

import dev.migrate.internal.revision.RevisionScript;

/**
 * {@code heads}: the graph's heads. Graph only; no database access, so CI's single-head
 * check answers (and fails loudly) whether or not a database is up.
 */
public final class HeadsCommand {

	private final CommandContext context;

	public HeadsCommand(CommandContext context) {
		this.context = context;
	}

	public HeadsResult run() {
		return new HeadsResult(context.graph().heads().stream().map(RevisionScript::info).toList());
	}

}

package dev.migrate.internal.command;

import dev.migrate.result.ShowResult;

import dev.migrate.internal.revision.RevisionScript;

/** {@code show REV}: one revision and its children. Graph only; no database access. */
public final class ShowCommand {

	private final CommandContext context;

	public ShowCommand(CommandContext context) {
		this.context = context;
	}

	public ShowResult run(String reference) {
		RevisionScript revision = context.graph().resolve(reference);
		var children = context.graph().children(revision.id()).stream().map(RevisionScript::id).toList();
		boolean head = context.graph().heads().stream().anyMatch(h -> h.id().equals(revision.id()));
		return new ShowResult(revision.info(), children, head);
	}

}

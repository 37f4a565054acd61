package dev.migrate.internal.command;

import dev.migrate.result.PendingResult;

import dev.migrate.Migrate;
import dev.migrate.internal.graph.MigrationPlan;
import java.util.Set;

/**
 * {@code pending}: the steps {@code upgrade heads} would run now (a read, without the
 * lock).
 */
public final class PendingCommand {

	private final CommandContext context;

	public PendingCommand(CommandContext context) {
		this.context = context;
	}

	public PendingResult run() {
		Set<String> heads = context.runtime().read((connection, store) -> store.readHeadsOnly(connection));
		MigrationPlan plan = context.graph().planUpgrade(heads, Migrate.HEADS);
		return new PendingResult(heads, plan.steps());
	}

}

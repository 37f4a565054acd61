package dev.migrate.command;

import dev.migrate.Migrate;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.runtime.DatabaseState;

/** {@code pending}: the steps {@code upgrade heads} would run now (a read, without the lock). */
public final class PendingCommand {

    private final CommandContext context;

    public PendingCommand(CommandContext context) {
        this.context = context;
    }

    public PendingResult run() {
        DatabaseState state = context.runtime().read((connection, store) -> store.read(connection));
        MigrationPlan plan = context.graph().planUpgrade(state.heads(), Migrate.HEADS);
        return new PendingResult(state.heads(), plan.steps());
    }
}

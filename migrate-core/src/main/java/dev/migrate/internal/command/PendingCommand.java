package dev.migrate.internal.command;

import dev.migrate.result.PendingResult;

import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.internal.graph.Target;
import java.util.List;
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
		Plan plan = plan();
		return new PendingResult(plan.heads(), plan.upgrade().steps().stream().map(MigrationStep::planned).toList());
	}

	/**
	 * The recorded heads and the plan of {@code upgrade heads} from them (from the part
	 * this release knows when the database is ahead of it: nothing is pending then).
	 */
	Plan plan() {
		DatabasePosition position = this.context.runtime()
			.read((connection, store) -> DatabasePosition.of(this.context.graph(), store.readHeadsOnly(connection),
					() -> store.readHistory(connection)));
		return new Plan(position.recorded(), this.context.graph().planUpgrade(position.known(), Target.HEADS));
	}

	record Plan(Set<String> heads, MigrationPlan upgrade) {

		List<MigrationStep> steps() {
			return this.upgrade.steps();
		}

	}

}

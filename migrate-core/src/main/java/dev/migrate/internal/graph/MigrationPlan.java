package dev.migrate.internal.graph;

import dev.migrate.Direction;
import java.util.List;
import java.util.Set;

/**
 * The ordered steps that move the database from {@code fromHeads} to {@code toHeads}.
 * Empty when already there.
 *
 * @param direction upgrade or downgrade (a plan never mixes them)
 * @param fromHeads heads before the first step
 * @param toHeads heads after the last step
 * @param steps in execution order
 */
public record MigrationPlan(Direction direction, Set<String> fromHeads, Set<String> toHeads,
		List<MigrationStep> steps) {

	public MigrationPlan {
		// Insertion order is kept: heads are shown to users in the order the graph
		// produced them.
		fromHeads = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(fromHeads));
		toHeads = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(toHeads));
		steps = List.copyOf(steps);
	}

	public boolean isEmpty() {
		return steps.isEmpty();
	}
}

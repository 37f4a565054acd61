package dev.migrate.internal.fleet;

import java.util.List;
import java.util.Set;

/**
 * What a command did on one target.
 *
 * @param headsAfter heads recorded afterwards
 * @param applied revisions that ran, in order
 */
public record TargetOutcome(Set<String> headsAfter, List<String> applied) {

	public TargetOutcome {
		headsAfter = Set.copyOf(headsAfter);
		applied = List.copyOf(applied);
	}

}

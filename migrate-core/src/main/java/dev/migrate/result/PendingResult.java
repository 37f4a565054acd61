package dev.migrate.result;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code pending}: what {@code upgrade heads} would run now.
 *
 * @param current recorded heads
 * @param steps the steps, in execution order
 */
public record PendingResult(Set<String> current, List<PlannedStep> steps) {

	public PendingResult {
		current = Collections.unmodifiableSet(new LinkedHashSet<>(current));
		steps = List.copyOf(steps);
	}

	public boolean isEmpty() {
		return steps.isEmpty();
	}
}

package dev.migrate.result;

import dev.migrate.Direction;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a plan, before or while it runs: {@code revision} in {@code direction},
 * moving the recorded heads from {@code headsBefore} to {@code headsAfter}.
 *
 * @param revision the revision the step runs
 * @param direction upgrade or downgrade
 * @param headsBefore the version table's rows before the step
 * @param headsAfter the version table's rows after the step
 */
public record PlannedStep(RevisionInfo revision, Direction direction, Set<String> headsBefore, Set<String> headsAfter) {

	public PlannedStep {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(direction, "direction");
		headsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(headsBefore));
		headsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(headsAfter));
	}

	@Override
	public String toString() {
		return this.direction.label() + " " + this.revision.id() + " " + this.headsBefore + " -> " + this.headsAfter;
	}

}

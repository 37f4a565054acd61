package dev.migrate.result;

import dev.migrate.Direction;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step that ran, with how long it took.
 *
 * @param revision revision id
 * @param message the revision's message
 * @param revises the ids the revision revises (its parents in the graph)
 * @param direction upgrade or downgrade
 * @param headsBefore recorded heads before the step
 * @param headsAfter recorded heads after the step
 * @param duration time spent running the revision and recording it
 */
public record AppliedStep(String revision, String message, List<String> revises, Direction direction,
		Set<String> headsBefore, Set<String> headsAfter, Duration duration) {

	public AppliedStep {
		Objects.requireNonNull(revision, "revision");
		revises = List.copyOf(revises);
		Objects.requireNonNull(direction, "direction");
		headsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(headsBefore));
		headsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(headsAfter));
		Objects.requireNonNull(duration, "duration");
	}
}

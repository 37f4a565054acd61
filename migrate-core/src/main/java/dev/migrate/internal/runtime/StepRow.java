package dev.migrate.internal.runtime;

import dev.migrate.Direction;
import dev.migrate.result.AppliedStep;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A step the runtime ran and recorded: the engine's own row, so that the public
 * {@link AppliedStep} can change shape without touching the runtime. The commands map it
 * to the result they return ({@link #toResult()}), as the listener adapter does for
 * events.
 *
 * @param revision revision id
 * @param message the revision's message
 * @param revises the revision's parents in the graph
 * @param direction upgrade or downgrade
 * @param headsBefore recorded heads before the step
 * @param headsAfter recorded heads after the step
 * @param duration time spent running the revision and recording it
 */
public record StepRow(String revision, String message, List<String> revises, Direction direction,
		Set<String> headsBefore, Set<String> headsAfter, Duration duration) {

	/** The step as the public result describes it. */
	public AppliedStep toResult() {
		return new AppliedStep(revision, message, revises, direction, headsBefore, headsAfter, duration);
	}

	/** Each row as the public result describes it, in order. */
	public static List<AppliedStep> toResults(List<StepRow> rows) {
		return rows.stream().map(StepRow::toResult).toList();
	}

}

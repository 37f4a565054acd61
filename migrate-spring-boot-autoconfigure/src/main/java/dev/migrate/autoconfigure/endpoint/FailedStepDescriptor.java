package dev.migrate.autoconfigure.endpoint;

import dev.migrate.result.FailedStep;
import java.time.Instant;
import java.util.List;

/**
 * A non-transactional step that failed or was interrupted and awaits
 * {@code migrate resolve}.
 *
 * @param revision the revision id
 * @param direction {@code upgrade} or {@code downgrade}
 * @param startedAt when the step started
 * @param error what went wrong, or {@code null} when it was interrupted
 * @param completedStatements the statements of it that had completed, in order
 */
public record FailedStepDescriptor(String revision, String direction, Instant startedAt, String error,
		List<String> completedStatements) {

	static FailedStepDescriptor of(FailedStep step) {
		return new FailedStepDescriptor(step.revision(), step.direction(), step.startedAt(), step.error(),
				step.completedStatements());
	}
}

package dev.migrate.result;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A non-transactional step that started and did not finish (failed part-way, or was
 * interrupted by a kill, a lost lock or a broken connection) and awaits
 * {@code migrate resolve}.
 *
 * @param revision the revision
 * @param direction {@code upgrade} or {@code downgrade}
 * @param startedAt when it started
 * @param error what went wrong, or null when it was interrupted (or is still running)
 * @param completedStatements statements of it known to have completed, in order
 */
public record FailedStep(String revision, String direction, Instant startedAt, @Nullable String error,
		List<String> completedStatements) {

	public FailedStep {
		completedStatements = List.copyOf(completedStatements);
	}

	/** {@code failed} when it has an error, else {@code incomplete}. */
	public String state() {
		return error == null ? "incomplete" : "failed";
	}

}

package dev.migrate.internal.runtime;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A non-transactional step recorded as started that has not finished: it is still
 * running, it failed part-way, or its process was killed or lost the lock. Its statements
 * are not rolled back, so nothing runs past it until an operator has looked and recorded
 * the outcome with {@code resolve}.
 *
 * @param id the history row's id
 * @param revision the revision
 * @param direction {@code upgrade} or {@code downgrade}
 * @param fromHeads heads before the step
 * @param toHeads heads the step was going to record
 * @param startedAt when it started
 * @param error the failure, or null when it was interrupted (or is still running)
 * @param appliedBy the database user that ran it
 * @param host the machine that ran it, or null when unknown
 * @param completedStatements statements that had completed, in order
 */
public record UnfinishedStep(long id, String revision, String direction, List<String> fromHeads, List<String> toHeads,
		Instant startedAt, @Nullable String error, String appliedBy, @Nullable String host,
		List<String> completedStatements) {

	public UnfinishedStep {
		fromHeads = List.copyOf(fromHeads);
		toHeads = List.copyOf(toHeads);
		completedStatements = List.copyOf(completedStatements);
	}

	/** Whether it failed (rather than being interrupted or still running). */
	public boolean failed() {
		return error != null;
	}

}

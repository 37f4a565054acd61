package dev.migrate.result;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the history table: a step that was executed (or stamped), successfully or
 * not.
 *
 * @param id sequence number, increasing in execution order
 * @param revision revision id; for a stamp the target revision (or the empty string for a
 * stamp to base)
 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param fromHeads recorded heads before
 * @param toHeads recorded heads after (equal to {@code fromHeads} when the step failed)
 * @param checksum the revision's checksum when it ran; null for stamps and unrenderable
 * revisions
 * @param message the revision's message, or null when it was recorded without one
 * @param startedAt when the step started
 * @param durationMs how long it took
 * @param success whether it committed
 * @param error the error text when it failed; null otherwise
 * @param appliedBy database user (null only in a row the engine builds to insert: the
 * database fills it in)
 * @param host host name of the machine that ran it, or null when unknown
 * @param appVersion application version when known, otherwise null
 */
public record HistoryRecord(long id, String revision, String direction, List<String> fromHeads, List<String> toHeads,
		@Nullable String checksum, @Nullable String message, Instant startedAt, long durationMs, boolean success,
		@Nullable String error, @Nullable String appliedBy, @Nullable String host, @Nullable String appVersion) {

	public HistoryRecord {
		fromHeads = List.copyOf(fromHeads);
		toHeads = List.copyOf(toHeads);
	}
}

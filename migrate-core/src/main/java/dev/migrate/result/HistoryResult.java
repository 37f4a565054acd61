package dev.migrate.result;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code history}: the revisions in the requested range, newest first, and the executed
 * steps recorded for them.
 *
 * @param entries revisions in the range, newest first, with head/current/applied marks
 * @param records history-table rows of revisions in the range, oldest first
 * @param failed non-transactional steps of revisions in the range that failed or were
 * interrupted and await {@code migrate resolve}
 */
public record HistoryResult(List<HistoryEntry> entries, List<HistoryRecord> records, List<FailedStep> failed) {

	public HistoryResult {
		entries = List.copyOf(entries);
		records = List.copyOf(records);
		failed = List.copyOf(failed);
	}

	/** The unfinished step of {@code revision}, or null when it has none. */
	public @Nullable FailedStep failedStep(String revision) {
		return failed.stream().filter(step -> step.revision().equals(revision)).findFirst().orElse(null);
	}
}

package dev.migrate.result;

import java.util.List;

/**
 * {@code history}: the revisions in the requested range, newest first, and the executed
 * steps recorded for them.
 *
 * @param entries revisions in the range, newest first, with head/current/applied marks
 * @param records history-table rows of revisions in the range, oldest first
 */
public record HistoryResult(List<HistoryEntry> entries, List<HistoryRecord> records) {

	public HistoryResult {
		entries = List.copyOf(entries);
		records = List.copyOf(records);
	}
}

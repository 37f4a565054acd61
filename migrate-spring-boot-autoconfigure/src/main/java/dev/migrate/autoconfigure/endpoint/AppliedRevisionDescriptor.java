package dev.migrate.autoconfigure.endpoint;

import dev.migrate.result.HistoryRecord;

/**
 * An applied revision, from its last successful upgrade in the history table.
 *
 * @param revision the revision id
 * @param message the revision's message
 * @param appliedAt when it started, ISO-8601
 * @param durationMs how long it took
 * @param appliedBy the database user that applied it
 * @param checksum its checksum when it ran
 */
public record AppliedRevisionDescriptor(String revision, String message, String appliedAt, long durationMs,
		String appliedBy, String checksum) {

	static AppliedRevisionDescriptor of(HistoryRecord record) {
		return new AppliedRevisionDescriptor(record.revision(), record.message(),
				(record.startedAt() != null) ? record.startedAt().toString() : null, record.durationMs(),
				record.appliedBy(), record.checksum());
	}
}

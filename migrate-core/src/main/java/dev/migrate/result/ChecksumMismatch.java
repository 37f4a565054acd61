package dev.migrate.result;

/**
 * An applied revision whose source changed since it ran.
 *
 * @param revision revision id
 * @param stored checksum recorded in the history table when it was applied
 * @param current checksum of the revision as loaded now
 * @param location where the revision is defined
 */
public record ChecksumMismatch(String revision, String stored, String current, SourceLocation location) {

	@Override
	public String toString() {
		return revision + " (" + location + "): applied with checksum " + stored + ", now " + current;
	}
}

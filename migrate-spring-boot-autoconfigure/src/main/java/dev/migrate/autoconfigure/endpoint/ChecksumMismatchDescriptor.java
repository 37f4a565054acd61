package dev.migrate.autoconfigure.endpoint;

import dev.migrate.result.ChecksumMismatch;

/**
 * An applied revision whose source changed since it ran.
 *
 * @param revision the revision id
 * @param appliedChecksum the checksum recorded when it was applied
 * @param currentChecksum the checksum of the revision as loaded now
 * @param location where the revision is defined
 */
public record ChecksumMismatchDescriptor(String revision, String appliedChecksum, String currentChecksum,
		String location) {

	static ChecksumMismatchDescriptor of(ChecksumMismatch mismatch) {
		return new ChecksumMismatchDescriptor(mismatch.revision(), mismatch.stored(), mismatch.current(),
				(mismatch.location() != null) ? mismatch.location().toString() : null);
	}
}

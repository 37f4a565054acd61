package dev.migrate.autoconfigure.endpoint;

import dev.migrate.result.AheadRevision;
import java.time.Instant;

/**
 * An applied revision this release does not know: the database is ahead of the code (the
 * next release's migration ran).
 *
 * @param revision the revision id
 * @param appliedAt when it was applied, or {@code null} when the history table has no row
 * for it
 */
public record AheadRevisionDescriptor(String revision, Instant appliedAt) {

	static AheadRevisionDescriptor of(AheadRevision revision) {
		return new AheadRevisionDescriptor(revision.revision(), revision.appliedAt());
	}
}

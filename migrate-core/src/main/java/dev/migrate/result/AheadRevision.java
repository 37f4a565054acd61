package dev.migrate.result;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An applied revision this release does not know: the database is ahead of the code (the
 * next release's migration ran, and this release keeps running during the rollout).
 *
 * @param revision the revision id as recorded
 * @param appliedAt when its last upgrade (or stamp) ran, or null when the history table
 * has no row for it
 */
public record AheadRevision(String revision, @Nullable Instant appliedAt) {

}

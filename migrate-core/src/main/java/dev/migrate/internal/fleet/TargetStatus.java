package dev.migrate.internal.fleet;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One target's state tables as the batched read found them.
 *
 * @param heads rows of its version table (empty when it has none)
 * @param failedRevision the revision of its last history row when that row records a
 * failure, else null
 * @param failedError that row's error text
 * @param readError why the state could not be read (database unreachable, no access), or
 * null
 * @param divergence why a target recording revisions this release does not know has
 * diverged (revisions of this release are missing too), or null
 */
record TargetStatus(Set<String> heads, String failedRevision, String failedError, String readError, String divergence) {

	static final TargetStatus NEW = new TargetStatus(Set.of(), null, null, null);

	TargetStatus(Set<String> heads, String failedRevision, String failedError, String readError) {
		this(heads, failedRevision, failedError, readError, null);
	}

	TargetStatus {
		heads = Collections.unmodifiableSet(new LinkedHashSet<>(heads));
	}

	TargetStatus diverged(String why) {
		return new TargetStatus(heads, failedRevision, failedError, readError, why);
	}

	static TargetStatus unreadable(String error) {
		return new TargetStatus(Set.of(), null, null, error);
	}

}

package dev.migrate.result;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code downgrade} did.
 *
 * @param headsBefore recorded heads when the lock was acquired
 * @param headsAfter recorded heads at the end
 * @param applied steps that ran, in order, with durations
 * @param lockWait time spent waiting for the migration lock
 * @param duration wall time of the whole command
 */
public record DowngradeResult(Set<String> headsBefore, Set<String> headsAfter, List<AppliedStep> applied,
		Duration lockWait, Duration duration) {

	public DowngradeResult {
		headsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(headsBefore));
		headsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(headsAfter));
		applied = List.copyOf(applied);
	}

	/** True when the database already was at the target. */
	public boolean upToDate() {
		return applied.isEmpty();
	}
}

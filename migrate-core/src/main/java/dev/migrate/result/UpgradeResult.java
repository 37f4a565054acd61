package dev.migrate.result;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code upgrade} did.
 *
 * @param headsBefore recorded heads when the lock was acquired
 * @param headsAfter recorded heads at the end
 * @param applied steps that ran, in order, with durations
 * @param lockWait time spent waiting for the migration lock
 * @param duration wall time of the whole command
 */
public record UpgradeResult(Set<String> headsBefore, Set<String> headsAfter, List<AppliedStep> applied,
		Duration lockWait, Duration duration) {

	public UpgradeResult {
		headsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(headsBefore));
		headsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(headsAfter));
		applied = List.copyOf(applied);
	}

	/** True when nothing had to run. */
	public boolean upToDate() {
		return applied.isEmpty();
	}
}

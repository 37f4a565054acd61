package dev.migrate.result;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One target's outcome in a fleet command.
 *
 * @param target the target's name
 * @param state where it stands afterwards
 * @param current heads recorded in the target after the command (as far as known)
 * @param pending how many revisions {@code upgrade heads} would still apply
 * @param applied revisions the command ran on it, in order
 * @param failedRevision the revision that failed, or null
 * @param error what went wrong (the engine's message), or null
 * @param duration time spent on this target
 */
public record FleetTargetResult(String target, FleetState state, Set<String> current, int pending, List<String> applied,
		@Nullable String failedRevision, @Nullable String error, Duration duration) {

	public FleetTargetResult {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(state, "state");
		current = Collections.unmodifiableSet(new LinkedHashSet<>(current));
		applied = List.copyOf(applied);
		Objects.requireNonNull(duration, "duration");
	}

	public boolean failed() {
		return state == FleetState.FAILED;
	}

}

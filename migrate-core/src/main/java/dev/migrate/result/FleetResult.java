package dev.migrate.result;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a fleet command did: one result per target, in the order the targets were given,
 * and the aggregate.
 *
 * @param command the command that ran on each target ({@code upgrade}, {@code verify},
 * ...)
 * @param targets per-target results
 * @param duration wall time of the whole fleet command
 */
public record FleetResult(String command, List<FleetTargetResult> targets, Duration duration) {

	public FleetResult {
		targets = List.copyOf(targets);
	}

	/** How many targets are in each state (every state present, zero when none). */
	public Map<FleetState, Integer> counts() {
		Map<FleetState, Integer> counts = new EnumMap<>(FleetState.class);
		for (FleetState state : FleetState.values()) {
			counts.put(state, 0);
		}
		for (FleetTargetResult target : targets) {
			counts.merge(target.state(), 1, Integer::sum);
		}
		return counts;
	}

	public int count(FleetState state) {
		return counts().getOrDefault(state, 0);
	}

	/** The targets not up to date, in order. */
	public List<FleetTargetResult> notUpToDate() {
		return targets.stream().filter(target -> target.state() != FleetState.UP_TO_DATE).toList();
	}

	public boolean anyFailed() {
		return count(FleetState.FAILED) > 0;
	}

	/** Revisions applied over all targets. */
	public int appliedCount() {
		return targets.stream().mapToInt(target -> target.applied().size()).sum();
	}

	/** The result as JSON, for {@code migrate fleet ... --format json}. */
	public String toJson() {
		return FleetJsonWriter.write(this);
	}

}

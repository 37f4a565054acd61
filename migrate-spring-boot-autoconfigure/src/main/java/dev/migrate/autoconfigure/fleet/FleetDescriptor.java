package dev.migrate.autoconfigure.fleet;

import dev.migrate.result.FleetResult;
import dev.migrate.result.FleetState;
import java.util.List;

/**
 * The fleet summary of {@code /actuator/migrations} (docs/fleet.md): counts per state and
 * the targets that are not up to date, capped at {@code migrate.fleet.max-listed}.
 *
 * @param targets how many targets the fleet has
 * @param upToDate targets at the heads
 * @param pending targets with pending revisions
 * @param failed targets whose last step failed or whose state could not be read
 * @param ahead targets with revisions this release does not know
 * @param notUpToDate the targets not up to date, at most {@code maxListed}
 * @param notUpToDateCount how many targets are not up to date (the list may be shorter)
 */
public record FleetDescriptor(int targets, int upToDate, int pending, int failed, int ahead,
		List<FleetTargetDescriptor> notUpToDate, int notUpToDateCount) {

	public static FleetDescriptor of(FleetResult result, int maxListed) {
		return new FleetDescriptor(result.targets().size(), result.count(FleetState.UP_TO_DATE),
				result.count(FleetState.PENDING), result.count(FleetState.FAILED), result.count(FleetState.AHEAD),
				result.notUpToDate().stream().limit(maxListed).map(FleetTargetDescriptor::of).toList(),
				result.notUpToDate().size());
	}

}

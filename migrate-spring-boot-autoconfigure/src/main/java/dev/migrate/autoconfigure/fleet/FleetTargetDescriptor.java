package dev.migrate.autoconfigure.fleet;

import dev.migrate.result.FleetTargetResult;
import java.util.List;

/**
 * One target that is not up to date, as the endpoint lists it.
 *
 * @param target the target's name
 * @param state {@code pending}, {@code failed} or {@code ahead}
 * @param current its recorded heads
 * @param revision the revision that failed, or null
 * @param error what went wrong, or null
 */
public record FleetTargetDescriptor(String target, String state, List<String> current, String revision, String error) {

	static FleetTargetDescriptor of(FleetTargetResult result) {
		return new FleetTargetDescriptor(result.target(), result.state().label(), List.copyOf(result.current()),
				result.failedRevision(), result.error());
	}

}

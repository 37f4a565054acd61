package dev.migrate.autoconfigure.fleet;

import dev.migrate.result.FleetResult;
import dev.migrate.result.FleetState;
import dev.migrate.result.FleetTargetResult;
import java.util.Set;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of the fleet ({@code migrationsFleet}): DOWN when any target is in one of
 * {@code migrate.fleet.down-states} (default: failed), OUT_OF_SERVICE when any is in
 * {@code migrate.fleet.out-of-service-states} (default: none, so that a canary rollout
 * that leaves most tenants pending does not take the app out of service), else UP.
 * Details: the counts per state and the first targets not up to date. One tenant never
 * becomes a health component of its own.
 */
public class FleetHealthIndicator implements HealthIndicator {

	private final FleetMigrations fleet;

	private final MigrateFleetProperties properties;

	public FleetHealthIndicator(FleetMigrations fleet, MigrateFleetProperties properties) {
		this.fleet = fleet;
		this.properties = properties;
	}

	@Override
	public Health health() {
		FleetResult result;
		try {
			result = this.fleet.verify();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
		Health.Builder builder = Health
			.status(status(result, this.properties.getDownStates(), this.properties.getOutOfServiceStates()));
		FleetDescriptor summary = FleetDescriptor.of(result, Math.min(10, this.properties.getMaxListed()));
		return builder.withDetail("targets", summary.targets())
			.withDetail("upToDate", summary.upToDate())
			.withDetail("pending", summary.pending())
			.withDetail("failed", summary.failed())
			.withDetail("ahead", summary.ahead())
			.withDetail("notUpToDate", summary.notUpToDate())
			.build();
	}

	static Status status(FleetResult result, Set<FleetState> down, Set<FleetState> outOfService) {
		boolean anyOutOfService = false;
		for (FleetTargetResult target : result.targets()) {
			if (down.contains(target.state())) {
				return Status.DOWN;
			}
			anyOutOfService |= outOfService.contains(target.state());
		}
		return anyOutOfService ? Status.OUT_OF_SERVICE : Status.UP;
	}

}

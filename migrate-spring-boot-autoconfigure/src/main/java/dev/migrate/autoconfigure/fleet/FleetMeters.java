package dev.migrate.autoconfigure.fleet;

import dev.migrate.FleetListener;
import dev.migrate.result.FleetResult;
import dev.migrate.result.FleetState;
import dev.migrate.result.FleetTargetResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The fleet's meters: the {@code migrate.fleet.targets} gauge per {@code state}
 * (up-to-date, pending, failed, ahead) from the last fleet result, and the
 * {@code migrate.fleet.target.failures} counter per {@code command} and {@code revision}.
 * Never a tag per tenant: a thousand tenants would be a thousand time series per meter;
 * the endpoint names the tenants.
 */
public class FleetMeters implements FleetListener, Consumer<FleetResult> {

	private final MeterRegistry registry;

	// Gauges hold their state object weakly: this map keeps it alive.
	private final Map<FleetState, AtomicLong> counts = new EnumMap<>(FleetState.class);

	public FleetMeters(MeterRegistry registry) {
		this.registry = registry;
		for (FleetState state : FleetState.values()) {
			AtomicLong count = new AtomicLong();
			this.counts.put(state, count);
			Gauge.builder("migrate.fleet.targets", count, AtomicLong::get)
				.description("Fleet targets in each state, as of the last fleet command or read")
				.tag("state", state.label())
				.register(registry);
		}
	}

	@Override
	public void accept(FleetResult result) {
		result.counts().forEach((state, count) -> this.counts.get(state).set(count));
	}

	@Override
	public void targetFinished(FleetTargetResult result, int done, int failed, int total) {
		if (result.failed()) {
			Counter.builder("migrate.fleet.target.failures")
				.description("Fleet targets on which a command failed")
				.tag("revision", (result.failedRevision() != null) ? result.failedRevision() : "none")
				.register(this.registry)
				.increment();
		}
	}

}

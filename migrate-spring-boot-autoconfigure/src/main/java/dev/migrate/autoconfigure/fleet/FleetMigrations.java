package dev.migrate.autoconfigure.fleet;

import dev.migrate.FleetListener;
import dev.migrate.FleetTarget;
import dev.migrate.FleetTargets;
import dev.migrate.Migrate;
import dev.migrate.MigrateFleet;
import dev.migrate.result.FleetResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The application's migration fleet: the engine's revisions and settings, run over the
 * targets the {@link FleetTargetsSupplier} names at the time of each call. The endpoint,
 * health indicator and gauges read {@link #verify()} (a few batched queries per
 * database); the last result is kept for the gauges.
 */
public class FleetMigrations {

	private final Migrate engine;

	private final FleetTargetsSupplier targets;

	private final MigrateFleetProperties properties;

	private final FleetListener listener;

	private final List<Consumer<FleetResult>> recorders;

	private final AtomicReference<FleetResult> last = new AtomicReference<>();

	/**
	 * Creates the fleet.
	 * @param engine the engine whose revisions and settings every target uses
	 * @param targets supplies the targets
	 * @param properties parallelism, fail-fast, label
	 * @param listener follows each run (meters)
	 * @param recorders told about each fleet result
	 */
	public FleetMigrations(Migrate engine, FleetTargetsSupplier targets, MigrateFleetProperties properties,
			FleetListener listener, List<Consumer<FleetResult>> recorders) {
		this.engine = engine;
		this.targets = targets;
		this.properties = properties;
		this.listener = listener;
		this.recorders = List.copyOf(recorders);
	}

	/** Where every target stands; no engine per target, no lock. */
	public FleetResult verify() {
		return record(fleet().verify());
	}

	/** Upgrades every target that is behind to {@code target}. */
	public FleetResult upgrade(String target) {
		return record(fleet().upgrade(target));
	}

	/**
	 * The targets as the supplier names them now, filtered by
	 * {@code migrate.fleet.label}.
	 */
	public List<FleetTarget> targets() {
		List<FleetTarget> all = this.targets.targets();
		String label = this.properties.getLabel();
		return (label != null) ? FleetTargets.withLabel(all, label) : all;
	}

	/** The last result of {@link #verify()} or {@link #upgrade(String)}, or null. */
	public FleetResult last() {
		return this.last.get();
	}

	private MigrateFleet fleet() {
		return MigrateFleet.builder(this.engine)
			.targets(targets())
			.parallelism(this.properties.getParallelism())
			.failFast(this.properties.isFailFast())
			.listener(this.listener)
			.build();
	}

	private FleetResult record(FleetResult result) {
		this.last.set(result);
		this.recorders.forEach((recorder) -> recorder.accept(result));
		return result;
	}

}

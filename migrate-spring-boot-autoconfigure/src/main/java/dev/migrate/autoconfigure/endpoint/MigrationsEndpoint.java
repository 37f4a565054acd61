package dev.migrate.autoconfigure.endpoint;

import dev.migrate.autoconfigure.fleet.FleetDescriptor;
import dev.migrate.autoconfigure.fleet.FleetMigrations;
import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrationStatusRecorder;
import dev.migrate.result.MigrationStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/migrations}: each engine's state, read from the database on every call
 * so that migrations run elsewhere (a Job, another instance) show up without a restart.
 * Read-only.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final Map<String, Migrate> engines;

	private final String mode;

	private final List<MigrationStatusRecorder> recorders;

	private final FleetMigrations fleet;

	private final int maxListed;

	/**
	 * Creates the endpoint.
	 * @param engines the engines by bean name
	 * @param mode the startup mode shown in the body
	 * @param recorders told about each state read
	 */
	public MigrationsEndpoint(Map<String, Migrate> engines, String mode, List<MigrationStatusRecorder> recorders) {
		this(engines, mode, recorders, null, 0);
	}

	/**
	 * Creates the endpoint of an application that runs a fleet.
	 * @param engines the engines by bean name
	 * @param mode the startup mode shown in the body
	 * @param recorders told about each state read
	 * @param fleet the fleet, summarised under {@code "fleet"}, or null
	 * @param maxListed most targets listed by name
	 */
	public MigrationsEndpoint(Map<String, Migrate> engines, String mode, List<MigrationStatusRecorder> recorders,
			FleetMigrations fleet, int maxListed) {
		this.engines = new LinkedHashMap<>(engines);
		this.mode = mode.toLowerCase(Locale.ROOT);
		this.recorders = List.copyOf(recorders);
		this.fleet = fleet;
		this.maxListed = maxListed;
	}

	@ReadOperation
	public MigrationsDescriptor migrations() {
		if (this.engines.size() == 1) {
			Map.Entry<String, Migrate> only = this.engines.entrySet().iterator().next();
			return describe(only.getKey(), only.getValue()).withFleet(fleet());
		}
		Map<String, EngineDescriptor> described = new LinkedHashMap<>();
		this.engines.forEach((name, engine) -> described.put(name, describe(name, engine)));
		return new EnginesDescriptor(described, fleet());
	}

	/** The fleet's state, read now in a few batched queries; null without a fleet. */
	private FleetDescriptor fleet() {
		return (this.fleet != null) ? FleetDescriptor.of(this.fleet.verify(), this.maxListed) : null;
	}

	private EngineDescriptor describe(String name, Migrate engine) {
		MigrationStatus status = engine.status();
		this.recorders.forEach((recorder) -> recorder.record(name, status));
		return EngineDescriptor.of(status, this.mode);
	}

}

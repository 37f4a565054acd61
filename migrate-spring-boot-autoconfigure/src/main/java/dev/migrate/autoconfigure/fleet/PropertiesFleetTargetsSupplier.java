package dev.migrate.autoconfigure.fleet;

import dev.migrate.FleetTarget;
import dev.migrate.FleetTargets;
import dev.migrate.MigrateConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets named by {@code migrate.fleet.schemas}, {@code migrate.fleet.targets-file}
 * and {@code migrate.fleet.targets-query} (all that are set, in that order).
 */
class PropertiesFleetTargetsSupplier implements FleetTargetsSupplier {

	private final MigrateFleetProperties properties;

	private final MigrateConfig control;

	PropertiesFleetTargetsSupplier(MigrateFleetProperties properties, MigrateConfig control) {
		this.properties = properties;
		this.control = control;
	}

	@Override
	public List<FleetTarget> targets() {
		List<FleetTarget> targets = new ArrayList<>(FleetTargets.schemas(this.properties.getSchemas()));
		if (this.properties.getTargetsFile() != null) {
			targets.addAll(FleetTargets.file(Path.of(this.properties.getTargetsFile())));
		}
		if (this.properties.getTargetsQuery() != null) {
			targets.addAll(FleetTargets.query(this.control, this.properties.getTargetsQuery()));
		}
		return targets;
	}

}

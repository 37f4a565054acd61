package dev.migrate;

import java.nio.file.Path;
import java.util.List;

/** Where fleet targets come from (docs/fleet.md): a list of schemas, a file, a query. */
public final class FleetTargets {

	private FleetTargets() {
	}

	/** One target per schema on the fleet's own database, named after the schema. */
	public static List<FleetTarget> schemas(List<String> schemas) {
		return schemas.stream().map(String::strip).filter(s -> !s.isEmpty()).map(FleetTarget::schema).toList();
	}

	/**
	 * Reads a targets file: one target per line,
	 * {@code [jdbc:URL] [SCHEMA] [name=NAME] [labels=A,B]}; {@code #} starts a comment.
	 * @throws MigrateException naming the file and line of a bad line
	 */
	public static List<FleetTarget> file(Path file) {
		return Migrate.fleetTargetsFile(file);
	}

	/**
	 * Runs {@code sql} on the control database {@code control} connects to; columns
	 * {@code schema}, {@code url}, {@code name}, {@code labels}, or a single column of
	 * schemas.
	 */
	public static List<FleetTarget> query(MigrateConfig control, String sql) {
		return Migrate.fleetTargetsQuery(control, sql);
	}

	/** The targets carrying {@code label} (a canary set). */
	public static List<FleetTarget> withLabel(List<FleetTarget> targets, String label) {
		return targets.stream().filter(target -> target.hasLabel(label)).toList();
	}

}

package dev.migrate.internal.fleet;

import dev.migrate.FleetTarget;
import dev.migrate.MigrateConfig;
import dev.migrate.internal.runtime.ConnectionSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The connections of every database a fleet command touches, one
 * {@link DatabaseConnections} each, open for the length of the command. A target without
 * a url is on the fleet's own database (its DataSource or url).
 */
final class FleetConnections implements AutoCloseable {

	private final MigrateConfig base;

	private final int maxIdle;

	private final Map<String, DatabaseConnections> databases = new LinkedHashMap<>();

	FleetConnections(MigrateConfig base, int maxIdle) {
		this.base = base;
		this.maxIdle = maxIdle;
	}

	/** The key of the database a target is on: its url, or "" for the fleet's own. */
	static String databaseOf(FleetTarget target) {
		return target.url() == null ? "" : target.url();
	}

	/** The targets grouped by database, in first-seen order. */
	static Map<String, List<FleetTarget>> byDatabase(List<FleetTarget> targets) {
		Map<String, List<FleetTarget>> groups = new LinkedHashMap<>();
		for (FleetTarget target : targets) {
			groups.computeIfAbsent(databaseOf(target), key -> new java.util.ArrayList<>()).add(target);
		}
		return groups;
	}

	synchronized DatabaseConnections database(String key) {
		return databases.computeIfAbsent(key,
				url -> new DatabaseConnections(
						new ConnectionSource(url.isEmpty() ? base : base.toBuilder().dataSource(null).url(url).build()),
						maxIdle));
	}

	/** The DataSource the engine of {@code target} connects through. */
	DataSource dataSource(FleetTarget target) {
		return database(databaseOf(target)).scopedTo(target.schema());
	}

	@Override
	public synchronized void close() {
		databases.values().forEach(DatabaseConnections::close);
		databases.clear();
	}

}

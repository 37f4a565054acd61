package dev.migrate.benchmarks.compare;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * migrate through its public facade, created anew for each call as an application does on
 * startup (loading and validating the revisions is part of the measured cost, like
 * Flyway's {@code load()}).
 */
public final class MigrateTool implements Tool {

	/**
	 * Engines for {@link #status}, which an application creates once (its bean) and asks
	 * repeatedly.
	 */
	private final Map<Database, Migrate> engines = new ConcurrentHashMap<>();

	@Override
	public String name() {
		return "migrate";
	}

	private static Migrate migrate(Workload workload, Database database) {
		return Migrate.create(MigrateConfig.builder()
			.url(database.url())
			.user(database.user())
			.password(database.password())
			.locations("filesystem:" + workload.migrateDir())
			.build());
	}

	@Override
	public void applyAll(Workload workload, Database database) {
		migrate(workload, database).upgrade("heads");
	}

	@Override
	public void noOpStart(Workload workload, Database database) {
		// upgrade validates checksums of applied revisions before planning, like Flyway's
		// validate-on-migrate.
		if (!migrate(workload, database).upgrade("heads").applied().isEmpty()) {
			throw new IllegalStateException("no-op start applied revisions: the database was not up to date");
		}
	}

	@Override
	public void status(Workload workload, Database database) {
		Migrate engine = engines.computeIfAbsent(database, d -> migrate(workload, d));
		if (engine.pending().steps().size() < 0) {
			throw new IllegalStateException("unreachable: keeps the result observable");
		}
	}

}

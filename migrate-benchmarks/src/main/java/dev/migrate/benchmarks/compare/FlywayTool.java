package dev.migrate.benchmarks.compare;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;

/**
 * Flyway, as Spring Boot's Flyway integration calls it (validate on migrate is Flyway's
 * default).
 */
public final class FlywayTool implements Tool {

	/** Instances for {@link #status}, created once like Spring Boot's Flyway bean. */
	private final Map<Database, Flyway> instances = new ConcurrentHashMap<>();

	@Override
	public String name() {
		return "flyway";
	}

	private static Flyway flyway(Workload workload, Database database) {
		return Flyway.configure()
			.dataSource(database.url(), database.user(), database.password())
			.locations("filesystem:" + workload.flywayDir())
			.load();
	}

	@Override
	public void applyAll(Workload workload, Database database) {
		flyway(workload, database).migrate();
	}

	@Override
	public void noOpStart(Workload workload, Database database) {
		Flyway flyway = flyway(workload, database);
		flyway.validate();
		flyway.migrate();
	}

	@Override
	public void status(Workload workload, Database database) {
		Flyway flyway = instances.computeIfAbsent(database, d -> flyway(workload, d));
		if (flyway.info().pending().length < 0) {
			throw new IllegalStateException("unreachable: keeps the result observable");
		}
	}

}

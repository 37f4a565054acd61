package dev.migrate.autoconfigure.jpa;

import dev.migrate.Migrate;
import dev.migrate.schema.SchemaModelSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/migrationsdrift}: {@code migrate check} for operators: whether each
 * engine's database (at its heads) matches the application's entity model, with the
 * differences. Reflects the database on every call, so a manual hot-fix on production
 * shows up here. Read-only.
 */
@Endpoint(id = "migrationsdrift")
public class MigrationsDriftEndpoint {

	private final Map<String, Migrate> engines;

	private final SchemaModelSource entityModel;

	/**
	 * Creates the endpoint.
	 * @param engines the engines by bean name
	 * @param entityModel the application's expected schema
	 */
	public MigrationsDriftEndpoint(Map<String, Migrate> engines, SchemaModelSource entityModel) {
		this.engines = new LinkedHashMap<>(engines);
		this.entityModel = entityModel;
	}

	@ReadOperation
	public DriftDescriptor drift() {
		if (this.engines.size() == 1) {
			return check(this.engines.values().iterator().next());
		}
		Map<String, DriftReportDescriptor> reports = new LinkedHashMap<>();
		this.engines.forEach((name, engine) -> reports.put(name, check(engine)));
		return new DriftEnginesDescriptor(reports);
	}

	private DriftReportDescriptor check(Migrate engine) {
		return DriftReportDescriptor.of(engine.check(this.entityModel));
	}

}

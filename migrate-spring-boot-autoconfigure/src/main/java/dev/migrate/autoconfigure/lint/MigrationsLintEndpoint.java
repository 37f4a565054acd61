package dev.migrate.autoconfigure.lint;

import dev.migrate.Migrate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/migrationslint}: the zero-downtime lint findings of each engine's
 * pending revisions, computed on every call (pending revisions change when a migration
 * Job runs). Read-only. Named like Spring Boot's own compound ids
 * ({@code scheduledtasks}, {@code configprops}).
 */
@Endpoint(id = "migrationslint")
public class MigrationsLintEndpoint {

	private final Map<String, Migrate> engines;

	private final MigrateLintProperties properties;

	/**
	 * Creates the endpoint.
	 * @param engines the engines by bean name
	 * @param properties rule severities
	 */
	public MigrationsLintEndpoint(Map<String, Migrate> engines, MigrateLintProperties properties) {
		this.engines = new LinkedHashMap<>(engines);
		this.properties = properties;
	}

	@ReadOperation
	public LintDescriptor lint() {
		if (this.engines.size() == 1) {
			return lint(this.engines.values().iterator().next());
		}
		Map<String, LintReportDescriptor> reports = new LinkedHashMap<>();
		this.engines.forEach((name, engine) -> reports.put(name, lint(engine)));
		return new LintEnginesDescriptor(reports);
	}

	private LintReportDescriptor lint(Migrate engine) {
		return LintReportDescriptor.of(engine.lint(this.properties.getRules()));
	}

}

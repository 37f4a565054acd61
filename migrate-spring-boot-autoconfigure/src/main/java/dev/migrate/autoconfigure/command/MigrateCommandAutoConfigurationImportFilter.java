package dev.migrate.autoconfigure.command;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * In command mode, leaves out the auto-configurations that only serve a running
 * application: web servers and their web stacks (already switched off by
 * {@code spring.main.web-application-type=none}), actuator endpoints (reachable only over
 * HTTP or JMX, neither of which a command starts), health contributors, and metrics
 * binders and exporters (a command ends before anything scrapes or pushes them). They are
 * filtered by name before their classes are read, which is what makes a command start
 * faster; their conditions alone would not.
 *
 * <p>
 * {@code MeterRegistry} and {@code ObservationRegistry} stay (an in-memory registry), so
 * that a Java revision bean's collaborators that inject them can still be created.
 * Outside command mode it leaves everything in.
 */
final class MigrateCommandAutoConfigurationImportFilter implements AutoConfigurationImportFilter, EnvironmentAware {

	/**
	 * Spring Boot's modules and migrate's own auto-configurations, by package: a segment
	 * that names what they serve.
	 */
	private static final Set<String> SERVING_SEGMENTS = Set.of("actuate", "health", "metrics");

	/** Spring Boot's server-side web modules. */
	private static final Set<String> SERVER_MODULES = Set.of("org.springframework.boot.tomcat.",
			"org.springframework.boot.jetty.", "org.springframework.boot.webmvc.", "org.springframework.boot.webflux.",
			"org.springframework.boot.servlet.");

	/**
	 * What makes a {@code MeterRegistry} (in memory, as no exporter is left) and lets the
	 * application's {@code MeterRegistryCustomizer} beans apply.
	 */
	private static final Set<String> KEPT = Set.of(
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
			// Observations of the command, for an application that traces.
			"dev.migrate.autoconfigure.metrics.MigrateObservationAutoConfiguration");

	/** migrate's own endpoints outside the packages above. */
	private static final Set<String> MIGRATE_ENDPOINTS = Set.of(
			"dev.migrate.autoconfigure.endpoint.MigrationsEndpointAutoConfiguration",
			"dev.migrate.autoconfigure.lint.MigrationsLintEndpointAutoConfiguration",
			"dev.migrate.autoconfigure.jpa.MigrationsDriftEndpointAutoConfiguration",
			"dev.migrate.autoconfigure.fleet.FleetHealthContributorAutoConfiguration",
			"dev.migrate.autoconfigure.fleet.MigrateFleetMetricsAutoConfiguration");

	private @Nullable Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(@Nullable String[] autoConfigurationClasses,
			AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean commandMode = MigrateCommandRunListener.isCommandMode(this.environment);
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			String name = autoConfigurationClasses[i];
			matches[i] = !commandMode || name == null || !onlyServesARunningApplication(name);
		}
		return matches;
	}

	static boolean onlyServesARunningApplication(String className) {
		if (KEPT.contains(className)) {
			return false;
		}
		if (MIGRATE_ENDPOINTS.contains(className)) {
			return true;
		}
		for (String module : SERVER_MODULES) {
			if (className.startsWith(module)) {
				return true;
			}
		}
		String[] segments = className.split("\\.");
		// The last segment is the class's simple name.
		for (int i = 0; i < segments.length - 1; i++) {
			if (SERVING_SEGMENTS.contains(segments[i])) {
				return true;
			}
		}
		return false;
	}

}

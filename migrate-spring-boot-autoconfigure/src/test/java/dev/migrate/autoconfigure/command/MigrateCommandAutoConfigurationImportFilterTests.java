package dev.migrate.autoconfigure.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Which auto-configurations command mode leaves out: what only serves a running
 * application, never what a Java revision bean may inject.
 */
class MigrateCommandAutoConfigurationImportFilterTests {

	private static final List<String> LEFT_OUT = List.of(
			"org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
			"org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
			"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
			"dev.migrate.autoconfigure.endpoint.MigrationsEndpointAutoConfiguration",
			"dev.migrate.autoconfigure.lint.MigrationsLintEndpointAutoConfiguration",
			"dev.migrate.autoconfigure.health.MigrationsHealthContributorAutoConfiguration",
			"dev.migrate.autoconfigure.metrics.MigrateMetricsAutoConfiguration",
			// A third party's follows the same package convention.
			"com.example.autoconfigure.metrics.ExampleMetricsAutoConfiguration");

	/** What revision beans and their collaborators may inject. */
	private static final List<String> KEPT = List.of(
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
			"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
			"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
			"dev.migrate.autoconfigure.MigrateAutoConfiguration",
			"dev.migrate.autoconfigure.metrics.MigrateObservationAutoConfiguration");

	@Test
	void inCommandModeLeavesOutWhatOnlyServesARunningApplication() {
		MockEnvironment environment = new MockEnvironment();
		// What MigrateCommandRunListener adds to the environment in command mode.
		environment.getPropertySources().addFirst(new MapPropertySource("migrateCommand", Map.of()));
		MigrateCommandAutoConfigurationImportFilter filter = filter(environment);
		assertThat(filter.match(LEFT_OUT.toArray(new String[0]), null)).containsOnly(false);
		assertThat(filter.match(KEPT.toArray(new String[0]), null)).containsOnly(true);
		// Candidates that an earlier filter removed arrive as null.
		assertThat(filter.match(new String[] { null }, null)).containsExactly(true);
	}

	@Test
	void outsideCommandModeLeavesEverythingIn() {
		MigrateCommandAutoConfigurationImportFilter filter = filter(new MockEnvironment());
		assertThat(filter.match(LEFT_OUT.toArray(new String[0]), null)).containsOnly(true);
	}

	private static MigrateCommandAutoConfigurationImportFilter filter(MockEnvironment environment) {
		MigrateCommandAutoConfigurationImportFilter filter = new MigrateCommandAutoConfigurationImportFilter();
		filter.setEnvironment(environment);
		return filter;
	}

}

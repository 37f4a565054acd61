package dev.migrate.autoconfigure.fleet;

import dev.migrate.Migrate;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the fleet's meters ({@link FleetMeters}) when Micrometer is
 * there; the fleet picks them up when it is configured.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" },
		before = MigrateFleetAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, MeterRegistry.class })
@ConditionalOnBean(MeterRegistry.class)
public final class MigrateFleetMetricsAutoConfiguration {

	@Bean
	FleetMeters fleetMeters(MeterRegistry registry) {
		return new FleetMeters(registry);
	}

}

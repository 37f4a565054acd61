package dev.migrate.autoconfigure.fleet;

import dev.migrate.Migrate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code migrationsFleet} health contributor.
 */
@AutoConfiguration(after = MigrateFleetAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(FleetMigrations.class)
@ConditionalOnEnabledHealthIndicator("migrationsFleet")
public final class FleetHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "migrationsFleetHealthContributor")
	FleetHealthIndicator migrationsFleetHealthContributor(FleetMigrations fleet, MigrateFleetProperties properties) {
		return new FleetHealthIndicator(fleet, properties);
	}

}

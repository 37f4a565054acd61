package dev.migrate.autoconfigure.endpoint;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.MigrationStatusRecorder;
import dev.migrate.autoconfigure.fleet.FleetMigrations;
import dev.migrate.autoconfigure.fleet.MigrateFleetProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for {@link MigrationsEndpoint}, when actuator is present and the
 * endpoint is enabled and exposed (over HTTP or JMX).
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnBean(Migrate.class)
	@ConditionalOnMissingBean
	MigrationsEndpoint migrationsEndpoint(ListableBeanFactory beanFactory, ObjectProvider<MigrateProperties> properties,
			ObjectProvider<MigrationStatusRecorder> recorders, ObjectProvider<FleetMigrations> fleet,
			ObjectProvider<MigrateFleetProperties> fleetProperties) {
		MigrateProperties settings = properties.getIfAvailable(MigrateProperties::new);
		return new MigrationsEndpoint(beanFactory.getBeansOfType(Migrate.class), settings.getMode().name(),
				recorders.orderedStream().toList(), fleet.getIfAvailable(),
				fleetProperties.getIfAvailable(MigrateFleetProperties::new).getMaxListed());
	}

}

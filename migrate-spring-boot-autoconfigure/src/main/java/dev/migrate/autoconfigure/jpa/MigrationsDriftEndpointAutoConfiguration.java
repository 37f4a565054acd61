package dev.migrate.autoconfigure.jpa;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.schema.SchemaModelSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for {@link MigrationsDriftEndpoint}, when actuator is present, the
 * application has an entity model (Hibernate, or a {@link SchemaModelSource} bean of its
 * own) and the endpoint is enabled and exposed.
 */
@AutoConfiguration(after = { MigrateAutoConfiguration.class, MigrateEntityModelAutoConfiguration.class })
@ConditionalOnClass({ Migrate.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsDriftEndpoint.class)
public final class MigrationsDriftEndpointAutoConfiguration {

	@Bean
	@ConditionalOnBean({ Migrate.class, SchemaModelSource.class })
	@ConditionalOnMissingBean
	MigrationsDriftEndpoint migrationsDriftEndpoint(ListableBeanFactory beanFactory, SchemaModelSource entityModel) {
		return new MigrationsDriftEndpoint(beanFactory.getBeansOfType(Migrate.class), entityModel);
	}

}

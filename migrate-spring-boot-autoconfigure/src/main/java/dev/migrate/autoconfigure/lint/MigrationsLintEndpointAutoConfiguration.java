package dev.migrate.autoconfigure.lint;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for {@link MigrationsLintEndpoint}, when actuator is present,
 * linting is enabled and the endpoint is enabled and exposed.
 */
@AutoConfiguration(after = { MigrateAutoConfiguration.class, MigrateLintAutoConfiguration.class })
@ConditionalOnClass({ Migrate.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsLintEndpoint.class)
@ConditionalOnBooleanProperty(name = "migrate.lint.enabled", matchIfMissing = true)
public final class MigrationsLintEndpointAutoConfiguration {

	@Bean
	@ConditionalOnBean(Migrate.class)
	@ConditionalOnMissingBean
	MigrationsLintEndpoint migrationsLintEndpoint(ListableBeanFactory beanFactory,
			ObjectProvider<MigrateLintProperties> properties) {
		return new MigrationsLintEndpoint(beanFactory.getBeansOfType(Migrate.class),
				properties.getIfAvailable(MigrateLintProperties::new));
	}

}

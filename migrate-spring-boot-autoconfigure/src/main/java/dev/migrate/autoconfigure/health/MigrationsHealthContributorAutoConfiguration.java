package dev.migrate.autoconfigure.health;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationStatusRecorder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for the {@code migrations} health contributor: one indicator, or a
 * composite with one indicator per engine when the application has several.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrate.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "migrationsHealthContributor")
	HealthContributor migrationsHealthContributor(ListableBeanFactory beanFactory,
			ObjectProvider<MigrationStatusRecorder> recorders) {
		List<MigrationStatusRecorder> statusRecorders = recorders.orderedStream().toList();
		Map<String, MigrationsHealthIndicator> indicators = new LinkedHashMap<>();
		beanFactory.getBeansOfType(Migrate.class)
			.forEach((name, engine) -> indicators.put(name,
					new MigrationsHealthIndicator(name, engine, statusRecorders)));
		if (indicators.size() == 1) {
			return indicators.values().iterator().next();
		}
		return CompositeHealthContributor.fromMap(indicators);
	}

}

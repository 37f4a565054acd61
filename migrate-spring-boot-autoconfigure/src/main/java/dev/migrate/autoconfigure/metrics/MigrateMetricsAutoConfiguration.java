package dev.migrate.autoconfigure.metrics;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateListenerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.function.Function;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for the meters that are not Observations: the
 * {@code migrate.lock.wait} timer and the {@code migrate.revisions.pending} /
 * {@code migrate.revisions.applied} gauges, and the descriptions of the timers made from
 * migrate's Observations.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ Migrate.class, MeterRegistry.class })
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
public final class MigrateMetricsAutoConfiguration {

	@Bean
	static MeterFilter migrateMeterDescriptions() {
		return new MigrateMeterDescriptions();
	}

	@Bean
	MigrationGauges migrationGauges(MeterRegistry registry, ListableBeanFactory beanFactory) {
		return new MigrationGauges(registry, beanFactory, engineTags(beanFactory));
	}

	@Bean
	MigrateListenerFactory migrateMeterListenerFactory(MeterRegistry registry, ListableBeanFactory beanFactory,
			MigrationGauges gauges) {
		Function<String, Tags> tags = engineTags(beanFactory);
		return (engineName) -> new MeterMigrateListener(registry, engineName, tags.apply(engineName), gauges);
	}

	private static Function<String, Tags> engineTags(ListableBeanFactory beanFactory) {
		EngineTags engineTags = new EngineTags(beanFactory);
		return (engineName) -> {
			String value = engineTags.tagValue(engineName);
			return (value != null) ? Tags.of("engine", value) : Tags.empty();
		};
	}

}

package dev.migrate.autoconfigure.metrics;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateListenerFactory;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration that observes every engine's runs and revisions through the
 * application's {@link ObservationRegistry}: timers {@code migrate.run} and
 * {@code migrate.revision} with a meter registry, spans with tracing.
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ Migrate.class, ObservationRegistry.class })
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
public final class MigrateObservationAutoConfiguration {

	@Bean
	MigrateListenerFactory migrateObservationListenerFactory(ObservationRegistry registry,
			ListableBeanFactory beanFactory, ObjectProvider<RunObservationConvention> runConvention,
			ObjectProvider<RevisionObservationConvention> revisionConvention) {
		EngineTags engineTags = new EngineTags(beanFactory);
		return (engineName) -> new ObservationMigrateListener(registry, engineTags.tagValue(engineName),
				runConvention.getIfAvailable(), revisionConvention.getIfAvailable());
	}

}

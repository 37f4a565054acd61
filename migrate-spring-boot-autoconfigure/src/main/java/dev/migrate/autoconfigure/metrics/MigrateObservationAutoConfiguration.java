package dev.migrate.autoconfigure.metrics;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateListenerFactory;
import dev.migrate.autoconfigure.MigrateMode;
import dev.migrate.autoconfigure.MigrateProperties;
import java.util.Locale;
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
			ListableBeanFactory beanFactory, ObjectProvider<MigrateProperties> properties,
			ObjectProvider<RunObservationConvention> runConvention,
			ObjectProvider<RevisionObservationConvention> revisionConvention) {
		EngineTags engineTags = new EngineTags(beanFactory);
		// The mode is read when an engine is created: the app-jar commands set
		// migrate.mode=none before the context starts, so their runs are told apart from
		// the startup run.
		return (engineName) -> new ObservationMigrateListener(registry, engineTags.tagValue(engineName),
				mode(properties.getIfAvailable()), runConvention.getIfAvailable(), revisionConvention.getIfAvailable());
	}

	private static String mode(MigrateProperties properties) {
		MigrateMode mode = (properties != null) ? properties.getMode() : MigrateMode.APPLY;
		return mode.name().toLowerCase(Locale.ROOT);
	}

}

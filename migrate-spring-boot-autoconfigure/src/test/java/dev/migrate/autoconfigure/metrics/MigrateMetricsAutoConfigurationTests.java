package dev.migrate.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateListener;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateListenerFactory;
import dev.migrate.autoconfigure.TestEngines;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class MigrateMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class,
				MigrateObservationAutoConfiguration.class, MigrateMetricsAutoConfiguration.class))
		.withUserConfiguration(TestEngines.SingleDataSource.class, Registries.class)
		.withPropertyValues("migrate.mode=none");

	@Test
	void addsObservationAndMeterListenersToTheEngine() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(MigrationGauges.class);
			assertThat(context.getBeansOfType(MigrateListenerFactory.class)).hasSize(2);
			List<MigrateListener> listeners = context.getBean(Migrate.class).config().listeners();
			assertThat(listeners).hasAtLeastOneElementOfType(ObservationMigrateListener.class)
				.hasAtLeastOneElementOfType(MeterMigrateListener.class);
		});
	}

	@Test
	void observesWithoutMicrometerCore() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(MigrationGauges.class);
			assertThat(context.getBean(Migrate.class).config().listeners())
				.hasExactlyElementsOfTypes(ObservationMigrateListener.class);
		});
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.runner.withClassLoader(new FilteredClassLoader("io.micrometer")).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(Migrate.class).doesNotHaveBean(MigrationGauges.class);
			assertThat(context.getBean(Migrate.class).config().listeners()).isEmpty();
		});
	}

	@Test
	void backsOffWithoutRegistries() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class,
					MigrateObservationAutoConfiguration.class, MigrateMetricsAutoConfiguration.class))
			.withUserConfiguration(TestEngines.SingleDataSource.class)
			.withPropertyValues("migrate.mode=none")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateListenerFactory.class));
	}

	@Test
	void backsOffWhenMigrateIsDisabled() {
		this.runner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateListenerFactory.class)
				.doesNotHaveBean(MigrationGauges.class));
	}

	@Test
	void tagsMetersWithTheEngineOnlyWhenThereAreSeveral() {
		this.runner.run((context) -> assertThat(new EngineTags(context.getBeanFactory()).tagValue("migrate")).isNull());
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class,
					MigrateObservationAutoConfiguration.class, MigrateMetricsAutoConfiguration.class))
			.withUserConfiguration(TestEngines.TwoEngines.class, Registries.class)
			.withPropertyValues("migrate.mode=none")
			.run((context) -> assertThat(new EngineTags(context.getBeanFactory()).tagValue("billingMigrate"))
				.isEqualTo("billingMigrate"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Registries {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		ObservationRegistry observationRegistry() {
			return ObservationRegistry.create();
		}

	}

}

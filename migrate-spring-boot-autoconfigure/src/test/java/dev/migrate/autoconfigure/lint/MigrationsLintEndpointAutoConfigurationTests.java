package dev.migrate.autoconfigure.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.TestEngines;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The exposed / disabled / not-exposed trio for {@code /actuator/migrationslint}. */
class MigrationsLintEndpointAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class, MigrateLintAutoConfiguration.class,
				MigrationsLintEndpointAutoConfiguration.class))
		.withUserConfiguration(TestEngines.SingleDataSource.class)
		.withPropertyValues("migrate.mode=none");

	@Test
	void runsWhenExposedOverHttp() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=migrationslint")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsLintEndpoint.class));
	}

	@Test
	void runsWhenExposedOverJmx() {
		this.runner
			.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=migrationslint")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsLintEndpoint.class));
	}

	@Test
	void doesNotRunWhenNotExposed() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsLintEndpoint.class));
	}

	@Test
	void doesNotRunWhenDisabled() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=migrationslint",
					"management.endpoint.migrationslint.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsLintEndpoint.class));
	}

	@Test
	void doesNotRunWhenLintIsDisabled() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=migrationslint",
					"migrate.lint.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsLintEndpoint.class));
	}

	@Test
	void doesNotRunWithoutActuator() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=migrationslint")
			.withClassLoader(new FilteredClassLoader(ConditionalOnAvailableEndpoint.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsLintEndpoint.class));
	}

	@Test
	void doesNotRunWithoutAnEngine() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=migrationslint", "migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsLintEndpoint.class));
	}

}

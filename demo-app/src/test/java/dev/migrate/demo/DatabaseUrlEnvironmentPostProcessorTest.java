package dev.migrate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DatabaseUrlEnvironmentPostProcessorTest {

	private final DatabaseUrlEnvironmentPostProcessor processor = new DatabaseUrlEnvironmentPostProcessor();

	@Test
	void databaseUrlBecomesTheDataSourceAndSwitchesTheEmbeddedServerOff() {
		StandardEnvironment environment = environment(
				Map.of("DATABASE_URL", "postgresql://app:s%40cret@db.internal:6543/shop"));
		processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.internal:6543/shop");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("s@cret");
		assertThat(environment.getActiveProfiles()).containsExactly("postgres");
	}

	@Test
	void explicitDataSourceSettingsWinAndNoUrlChangesNothing() {
		StandardEnvironment explicit = environment(
				Map.of("DATABASE_URL", "postgresql://a:b@h/db", "spring.datasource.url", "jdbc:postgresql://other/db"));
		processor.postProcessEnvironment(explicit, new SpringApplication());
		assertThat(explicit.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://other/db");
		assertThat(explicit.getActiveProfiles()).isEmpty();

		StandardEnvironment none = environment(Map.of());
		processor.postProcessEnvironment(none, new SpringApplication());
		assertThat(none.getProperty("spring.datasource.url")).isNull();
		assertThat(none.getActiveProfiles()).isEmpty();
	}

	@Test
	void databaseUrlWinsOverThePostgresProfilesLocalhostDefault() {
		StandardEnvironment environment = environment(Map.of("DATABASE_URL", "postgresql://app:pw@db.internal/shop"));
		// How Spring Boot names the profile's config file once it has loaded it.
		environment.getPropertySources()
			.addLast(new MapPropertySource(
					"Config resource 'class path resource ["
							+ DatabaseUrlEnvironmentPostProcessor.POSTGRES_PROFILE_DEFAULTS
							+ "]' via location 'optional:classpath:/'",
					Map.of("spring.datasource.url", "jdbc:postgresql://localhost:5432/postgres")));
		environment.setActiveProfiles("postgres");
		ConfigurationPropertySources.attach(environment);
		processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.internal/shop");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
	}

	private static StandardEnvironment environment(Map<String, Object> values) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("test", values));
		return environment;
	}

}

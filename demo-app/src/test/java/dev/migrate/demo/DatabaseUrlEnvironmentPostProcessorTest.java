package dev.migrate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

@ExtendWith(OutputCaptureExtension.class)
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

	/**
	 * An unencoded password in DATABASE_URL reaches the pool as a password and nowhere
	 * else: the pool's failure (its exception chain and its log lines) names the host,
	 * never a piece of the password, whichever character it holds.
	 */
	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "/", "@", ":", "?", "#", "%", " ", "&", "@/?#:" })
	void thePoolsFailureQuotesNoPartOfAnUnencodedPassword(String special, CapturedOutput output) {
		StandardEnvironment environment = environment(
				Map.of("DATABASE_URL", "postgresql://app:Sx7" + special + "Qz9@127.0.0.1:1/shop"));
		processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("Sx7" + special + "Qz9");
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(environment.getProperty("spring.datasource.url"));
		config.setUsername(environment.getProperty("spring.datasource.username"));
		config.setPassword(environment.getProperty("spring.datasource.password"));
		config.setConnectionTimeout(250);
		config.setInitializationFailTimeout(1);
		StringBuilder failure = new StringBuilder();
		try (HikariDataSource pool = new HikariDataSource(config)) {
			failure.append("no failure");
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				failure.append(cause).append('\n');
			}
		}
		assertThat(failure).as(failure.toString()).contains("127.0.0.1:1").doesNotContain("Sx7").doesNotContain("Qz9");
		assertThat(output.getAll()).doesNotContain("Sx7").doesNotContain("Qz9");
	}

	private static StandardEnvironment environment(Map<String, Object> values) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("test", values));
		return environment;
	}

}

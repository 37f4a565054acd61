package dev.migrate.demo;

import dev.migrate.cli.DatabaseUrl;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Runs the demo on the server named by {@code DATABASE_URL}
 * ({@code postgresql://user:pass@host:5432/db}, the form Heroku, Render, Fly.io and
 * docker-compose files use) instead of the embedded one: the URL becomes
 * {@code spring.datasource.*} and the {@code postgres} profile is activated, which
 * switches the embedded server off. Explicit {@code spring.datasource.url} settings win;
 * the localhost default of {@code application-postgres.properties} does not count as one,
 * so {@code DATABASE_URL} also works with the {@code postgres} profile active.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String VARIABLE = "DATABASE_URL";

	/**
	 * The config file whose datasource settings are a localhost fallback, not a choice.
	 */
	static final String POSTGRES_PROFILE_DEFAULTS = "application-postgres.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty(VARIABLE);
		if (url == null || url.isBlank() || dataSourceGiven(environment)) {
			return;
		}
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", parsed.jdbcUrl());
		if (parsed.user() != null) {
			properties.put("spring.datasource.username", parsed.user());
		}
		if (parsed.password() != null) {
			properties.put("spring.datasource.password", parsed.password());
		}
		environment.getPropertySources().addFirst(new MapPropertySource("demoDatabaseUrl", properties));
		environment.addActiveProfile("postgres");
	}

	/**
	 * Whether {@code spring.datasource.url} is set anywhere but in the postgres profile's
	 * own defaults.
	 */
	private static boolean dataSourceGiven(ConfigurableEnvironment environment) {
		for (PropertySource<?> source : environment.getPropertySources()) {
			// Spring Boot's attached source holds every other source's properties: look
			// past it.
			if (!ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
					&& source.containsProperty("spring.datasource.url")) {
				return !source.getName().contains(POSTGRES_PROFILE_DEFAULTS);
			}
		}
		return false;
	}

}

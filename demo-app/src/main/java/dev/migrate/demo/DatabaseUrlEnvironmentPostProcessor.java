package dev.migrate.demo;

import dev.migrate.cli.DatabaseUrl;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the demo on the server named by {@code DATABASE_URL} ({@code postgresql://user:pass@host:5432/db},
 * the form Heroku, Render, Fly.io and docker-compose files use) instead of the embedded one: the URL
 * becomes {@code spring.datasource.*} and the {@code postgres} profile is activated, which switches
 * the embedded server off. Explicit {@code spring.datasource.url} settings win.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String VARIABLE = "DATABASE_URL";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(VARIABLE);
        if (url == null || url.isBlank() || environment.containsProperty("spring.datasource.url")) {
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
}

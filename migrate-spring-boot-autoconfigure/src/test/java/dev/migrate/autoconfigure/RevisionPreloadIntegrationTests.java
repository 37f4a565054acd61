package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.result.RevisionInfo;
import dev.migrate.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.metrics.StartupStep;

/**
 * The auto-configured engine takes the revisions loaded in the background while the
 * application starts ({@link RevisionPreload}) when its settings choose those revisions,
 * and loads its own otherwise; real applications (a {@code SpringApplication}) on real
 * PostgreSQL.
 */
class RevisionPreloadIntegrationTests {

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private final TestDatabase database = TestDatabase.create();

	@AfterEach
	void close() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
		this.database.close();
	}

	@Test
	void theEngineUsesTheRevisionsLoadedInTheBackground() {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(1000);
		ConfigurableApplicationContext context = start(startup, Application.class);
		assertThat(context.getBeansOfType(RevisionPreload.class)).hasSize(1);
		assertThat(engineCreateTag(startup, "preloaded")).isEqualTo("true");
		assertThat(headIds(context.getBean(Migrate.class))).containsExactly("2b3c4d5e6f70");
		assertThat(context.getBean(Migrate.class).current().heads()).containsExactly("2b3c4d5e6f70");
	}

	@Test
	void theLocationsPropertyChoosesWhatIsLoadedInTheBackground() {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(1000);
		ConfigurableApplicationContext context = start(startup, Application.class,
				"--migrate.locations=classpath:db/billing");
		assertThat(engineCreateTag(startup, "preloaded")).isEqualTo("true");
		assertThat(headIds(context.getBean(Migrate.class))).containsExactly("9f8e7d6c5b4a");
	}

	@Test
	void aCustomizerThatChoosesOtherRevisionsGetsThemLoadedByTheEngine() {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(1000);
		ConfigurableApplicationContext context = start(startup, BillingRevisions.class);
		assertThat(engineCreateTag(startup, "preloaded")).isEqualTo("false");
		assertThat(headIds(context.getBean(Migrate.class))).containsExactly("9f8e7d6c5b4a");
	}

	@Test
	void nothingIsLoadedInTheBackgroundWhenMigrateIsDisabled() {
		ConfigurableApplicationContext context = start(new BufferingApplicationStartup(1000), Application.class,
				"--migrate.enabled=false");
		assertThat(context.getBeansOfType(RevisionPreload.class)).isEmpty();
		assertThat(context.getBeansOfType(Migrate.class)).isEmpty();
	}

	@Test
	void springBootsBackgroundPreinitializerSwitchTurnsItOff() {
		System.setProperty("spring.backgroundpreinitializer.ignore", "true");
		try {
			BufferingApplicationStartup startup = new BufferingApplicationStartup(1000);
			ConfigurableApplicationContext context = start(startup, Application.class);
			assertThat(context.getBeansOfType(RevisionPreload.class)).isEmpty();
			assertThat(engineCreateTag(startup, "preloaded")).isEqualTo("false");
			assertThat(headIds(context.getBean(Migrate.class))).containsExactly("2b3c4d5e6f70");
		}
		finally {
			System.clearProperty("spring.backgroundpreinitializer.ignore");
		}
	}

	private ConfigurableApplicationContext start(BufferingApplicationStartup startup, Class<?> configuration,
			String... args) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + this.database.jdbcUrl(),
				"--spring.datasource.username=" + this.database.user(),
				"--spring.datasource.password=" + this.database.password()));
		arguments.addAll(List.of(args));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(configuration)
			.web(WebApplicationType.NONE)
			.applicationStartup(startup)
			.run(arguments.toArray(String[]::new));
		this.contexts.add(context);
		return context;
	}

	private static List<String> headIds(Migrate engine) {
		return engine.heads().heads().stream().map(RevisionInfo::id).toList();
	}

	private static String engineCreateTag(BufferingApplicationStartup startup, String key) {
		for (StartupTimeline.TimelineEvent event : startup.getBufferedTimeline().getEvents()) {
			if (event.getStartupStep().getName().equals("migrate.engine.create")) {
				for (StartupStep.Tag tag : event.getStartupStep().getTags()) {
					if (tag.getKey().equals(key)) {
						return tag.getValue();
					}
				}
			}
		}
		throw new AssertionError("no migrate.engine.create step with a " + key + " tag");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
	static class Application {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
	static class BillingRevisions {

		@Bean
		MigrateConfigCustomizer billingLocations() {
			return (builder) -> builder.locations("classpath:db/billing");
		}

	}

}

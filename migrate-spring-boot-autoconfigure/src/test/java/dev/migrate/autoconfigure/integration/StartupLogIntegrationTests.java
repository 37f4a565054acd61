package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * What an operator reads about a start of an application in apply mode: each event once
 * in the log (the first start applying the revisions, every later one finding the
 * database up to date), and migrate's part of the start as startup steps.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogIntegrationTests {

	@Test
	void aStartLogsEachEventOnce(CapturedOutput output) {
		try (TestDatabase database = TestDatabase.create()) {
			start(database).close();
			String firstStart = output.getOut();
			assertThat(count(firstStart, "Applied 2 revision(s)")).isOne();
			assertThat(count(firstStart, "Upgrading to 1a2b3c4d5e6f")).isOne();
			assertThat(count(firstStart, "up to date at")).isZero();
			start(database).close();
			String secondStart = output.getOut().substring(firstStart.length());
			assertThat(count(secondStart, "up to date at")).isOne();
			assertThat(secondStart).contains("Database is up to date at 2b3c4d5e6f70; nothing to upgrade");
			assertThat(count(secondStart, "Applied")).isZero();
		}
	}

	@Test
	void recordsWhatTheStartPaysForMigrateAsStartupSteps() {
		try (TestDatabase database = TestDatabase.create()) {
			BufferingApplicationStartup startup = new BufferingApplicationStartup(10_000);
			start(database, startup).close();
			// In the order they end: the engine's phases inside the steps that cover
			// them. The revisions were loaded in the background: engine.create is the
			// wait
			// for them, with no phases of its own on the main thread.
			assertThat(migrateSteps(startup)).containsExactly("migrate.revision-beans", "migrate.engine.create",
					"migrate.lint", "migrate.upgrade.connect", "migrate.upgrade.state-read", "migrate.upgrade.check",
					"migrate.apply", "migrate.state-read");
			assertThat(tags(startup, "migrate.apply")).containsExactly(tuple("engine", "migrate"));
			assertThat(tags(startup, "migrate.engine.create")).containsExactly(tuple("engine", "migrate"),
					tuple("preloaded", "true"));
		}
	}

	@Test
	void recordsTheEnginesLoadingPhasesWhenItLoadsOnTheMainThread() {
		System.setProperty("spring.backgroundpreinitializer.ignore", "true");
		try (TestDatabase database = TestDatabase.create()) {
			BufferingApplicationStartup startup = new BufferingApplicationStartup(10_000);
			start(database, startup).close();
			assertThat(migrateSteps(startup)).startsWith("migrate.revision-beans", "migrate.engine.scan",
					"migrate.engine.load", "migrate.engine.build", "migrate.engine.create");
			assertThat(tags(startup, "migrate.engine.load")).containsExactly(tuple("engine", "migrate"));
			assertThat(tags(startup, "migrate.engine.create")).containsExactly(tuple("engine", "migrate"),
					tuple("preloaded", "false"));
		}
		finally {
			System.clearProperty("spring.backgroundpreinitializer.ignore");
		}
	}

	private static List<String> migrateSteps(BufferingApplicationStartup startup) {
		return startup.getBufferedTimeline()
			.getEvents()
			.stream()
			.map((event) -> event.getStartupStep().getName())
			.filter((name) -> name.startsWith("migrate."))
			.toList();
	}

	/** The tags of the first step called {@code name}, as (key, value) pairs. */
	private static List<Tuple> tags(BufferingApplicationStartup startup, String name) {
		StartupStep step = startup.getBufferedTimeline()
			.getEvents()
			.stream()
			.map(TimelineEvent::getStartupStep)
			.filter((candidate) -> candidate.getName().equals(name))
			.findFirst()
			.orElseThrow();
		List<Tuple> tags = new ArrayList<>();
		step.getTags().forEach((tag) -> tags.add(tuple(tag.getKey(), tag.getValue())));
		return tags;
	}

	private static ConfigurableApplicationContext start(TestDatabase database) {
		return start(database, ApplicationStartup.DEFAULT);
	}

	private static ConfigurableApplicationContext start(TestDatabase database, ApplicationStartup startup) {
		return new SpringApplicationBuilder(MigrateTestApplication.class).web(WebApplicationType.NONE)
			.applicationStartup(startup)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.mode=apply")
			.run();
	}

	private static int count(String text, String fragment) {
		int count = 0;
		for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
			count++;
		}
		return count;
	}

}

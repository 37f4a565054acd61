package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.maven.SampleBuild.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The goals the CLI gained last, from a real build: {@code migrate:init} scaffolds a
 * project that has only the plugin declaration, and the graph goals then run on it with
 * no database configured at all.
 */
class InitGoalIT {

	@Test
	void initScaffoldsAProjectAndGraphGoalsNeedNoDatabase() throws Exception {
		SampleBuild build = SampleBuild.copy("plain-sql", "init-goal", Map.of());
		deleteRevisions(build.directory().resolve("src/main/resources/db/revisions"));

		Result init = build.run("migrate:init", "migrate:heads", "migrate:lint", "-Dmigrate.range=base:heads");
		assertThat(init.succeeded()).as(init.output()).isTrue();
		assertThat(build.files("src/main/resources/db/revisions")).singleElement()
			.satisfies(file -> assertThat(file.getFileName().toString()).endsWith("_initial.sql"));
		assertThat(build.read("src/main/resources/application.properties")).contains("migrate.mode=apply");
		assertThat(build.read("migrate.env")).contains("MIGRATE_URL=");
		assertThat(init.output()).containsPattern("[0-9a-f]{12} \\(head\\)");

		Result again = build.run("migrate:init");
		assertThat(again.succeeded()).isFalse();
		assertThat(again.output()).contains("already holds revisions");
	}

	private static void deleteRevisions(Path directory) throws Exception {
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
	}

}

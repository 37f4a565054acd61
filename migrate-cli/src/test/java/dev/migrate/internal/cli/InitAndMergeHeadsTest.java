package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alembic's project workflow without a database: {@code init}, a revision on top, a new
 * labelled base ({@code revision --head base --branch-label L}), {@code merge heads}, and
 * the created time in every file written.
 */
class InitAndMergeHeadsTest {

	@TempDir
	Path project;

	@Test
	void initScaffoldsRevisionsAndSettingsThenTheGraphGrows() throws IOException {
		CliRun init = ok("init", project.toString());
		Path revisions = project.resolve("src/main/resources/db/revisions");
		assertThat(init.out()).contains("Generated " + revisions, "application.properties", "migrate.env");
		assertThat(Files.readString(project.resolve("src/main/resources/application.properties")))
			.contains("migrate.mode=apply", "migrate.locations=classpath:db/revisions");
		assertThat(Files.readString(project.resolve("migrate.env"))).contains("MIGRATE_URL=",
				"MIGRATE_LOCATIONS=filesystem:src/main/resources/db/revisions");
		String location = "filesystem:" + revisions;
		String first = ok("--locations", location, "heads").out().strip();
		assertThat(first).matches("[0-9a-f]{12} \\(head\\)");

		ok("--locations", location, "revision", "-m", "create users");
		ok("--locations", location, "revision", "-m", "billing base", "--head", "base", "--branch-label", "billing");
		assertThat(ok("--locations", location, "heads").out().lines()).hasSize(2);
		assertThat(ok("--locations", location, "history", "-r", "billing@base:billing@head").out())
			.startsWith("<base> -> ")
			.contains("(billing) (head), billing base");

		CliRun merge = ok("--locations", location, "merge", "-m", "join lines", "heads");
		assertThat(merge.out()).contains("merge revision");
		assertThat(ok("--locations", location, "heads").out().lines()).singleElement().asString().contains("(head)");
		try (Stream<Path> files = Files.list(revisions)) {
			List<Path> written = files.toList();
			assertThat(written).hasSize(4);
			for (Path file : written) {
				assertThat(Files.readString(file))
					.containsPattern("(?m)^-- created: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$");
			}
		}
	}

	@Test
	void initRefusesAFolderThatHoldsRevisionsAndKeepsExistingSettings() throws IOException {
		Path resources = Files.createDirectories(project.resolve("src/main/resources"));
		Files.writeString(resources.resolve("application.properties"), "spring.application.name=shop\n");
		ok("init", project.toString());
		assertThat(Files.readString(resources.resolve("application.properties")))
			.startsWith("spring.application.name=shop\n")
			.contains("migrate.mode=apply");

		CliRun again = CliRun.run(Map.of(), "init", project.toString());
		assertThat(again.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(again.err()).contains("already holds revisions", "migrate revision -m MSG");
	}

	@Test
	void mergeHeadsWithOneHeadSaysThereIsNothingToMerge() {
		ok("init", project.toString());
		CliRun merge = CliRun.run(Map.of(), "--locations",
				"filesystem:" + project.resolve("src/main/resources/db/revisions"), "merge", "-m", "m", "heads");
		assertThat(merge.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(merge.err()).contains("nothing to merge");
	}

	private static CliRun ok(String... args) {
		CliRun run = CliRun.run(Map.of(), args);
		assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(ExitCode.OK);
		return run;
	}

}

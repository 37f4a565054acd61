package dev.migrate.autoconfigure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autoconfigure.integration.MigrateTestApplication;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar app.jar migrate check} and {@code migrate revision --autogenerate}
 * against the application's own entities, in a separate JVM as CI runs them. The test
 * application maps {@code users} with different lengths and nullability than its
 * revisions create, and has no entity for {@code orders}.
 */
@PostgresTest
class EntityModelCommandIntegrationTests {

	@TempDir
	Path output;

	@Test
	void checkListsTheDriftAndAutogenerateWritesTheRevision(TestDatabase database) throws Exception {
		Result notAtHeads = run(database, "migrate", "check");
		assertThat(notAtHeads.code()).as(notAtHeads.output()).isEqualTo(3);
		assertThat(notAtHeads.output()).contains("The database is not at the heads: 2 revision(s) pending");

		assertThat(run(database, "migrate", "upgrade").code()).isZero();
		Result drift = run(database, "migrate", "check");
		assertThat(drift.code()).as(drift.output()).isEqualTo(3);
		assertThat(drift.output()).contains("The database differs from the entity model (4 differences):",
				"  - remove table public.orders",
				"  - change type of public.users.email from character varying(200) to varchar(255)",
				"  - change type of public.users.name from character varying(100) to varchar(255)",
				"  - change public.users.name to nullable");

		Path revisions = output.resolve("revisions");
		Result revision = run(database, "migrate", "revision", "--autogenerate", "-m", "match entities", "--dir",
				revisions.toString());
		assertThat(revision.code()).as(revision.output()).isZero();
		try (var files = Files.list(revisions)) {
			// The drop goes into a contract revision of its own, after the expand one.
			StringBuilder content = new StringBuilder();
			for (Path file : files.sorted().toList()) {
				content.append(Files.readString(file));
			}
			assertThat(content.toString()).contains("-- revises: 2b3c4d5e6f70", "DROP TABLE orders;",
					"ALTER TABLE users ALTER COLUMN name TYPE varchar(255);",
					"ALTER TABLE users ALTER COLUMN name DROP NOT NULL;", "-- migrate:downgrade");
		}
	}

	private Result run(TestDatabase database, String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), MigrateTestApplication.class.getName()));
		command.addAll(List.of(args));
		command.add("--spring.datasource.url=" + database.jdbcUrl());
		command.add("--spring.datasource.username=" + database.user());
		command.add("--spring.datasource.password=" + database.password());
		command.add("--server.port=0");
		File log = Files.createTempFile(output, "command", ".log").toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		try {
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
			return new Result(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
		}
		finally {
			process.destroyForcibly();
		}
	}

	private record Result(int code, String output) {
	}

}

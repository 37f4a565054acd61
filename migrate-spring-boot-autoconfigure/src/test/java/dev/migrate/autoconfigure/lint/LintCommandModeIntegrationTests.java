package dev.migrate.autoconfigure.lint;

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
 * {@code java -jar app.jar migrate lint}: the application's own revisions and DataSource,
 * exit 3 on errors. {@code migrate.lint.fail-on-error} is set to show that the startup
 * check stays out of the way of commands (command mode runs nothing at startup).
 */
@PostgresTest
class LintCommandModeIntegrationTests {

	@TempDir
	Path output;

	@Test
	void lintsTheApplicationsPendingRevisions(TestDatabase database) throws Exception {
		Result errors = run(database, "migrate", "lint");
		assertThat(errors.code()).as(errors.output()).isEqualTo(3);
		assertThat(errors.output()).contains("ERROR set-not-null at classpath:db/lint/b2c3d4e5f6a7_require_email.sql:6")
			.contains("1 error, 0 warnings, 0 infos, 0 suppressed in 2 revisions")
			.doesNotContain("Tomcat started");

		Result json = run(database, "migrate", "lint", "--format", "json", "--rules", "set-not-null=warning");
		assertThat(json.code()).as(json.output()).isZero();
		assertThat(json.output()).contains("\"errors\": 0, \"warnings\": 1");
	}

	private Result run(TestDatabase database, String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-cp", System.getProperty("java.class.path"), MigrateTestApplication.class.getName()));
		command.addAll(List.of(args));
		command.add("--spring.datasource.url=" + database.jdbcUrl());
		command.add("--spring.datasource.username=" + database.user());
		command.add("--spring.datasource.password=" + database.password());
		command.add("--migrate.locations=classpath:db/lint");
		command.add("--migrate.mode=verify");
		command.add("--migrate.lint.fail-on-error=true");
		command.add("--server.port=0");
		File log = Files.createTempFile(this.output, "lint", ".log").toFile();
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

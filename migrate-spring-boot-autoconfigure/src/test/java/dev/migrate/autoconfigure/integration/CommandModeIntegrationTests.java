package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar app.jar migrate <command>} as operators and Kubernetes Jobs run it: a
 * separate JVM starting {@link MigrateTestApplication} (a web application: Tomcat is on
 * its classpath) that must run the command against its own configuration, exit with the
 * command's code, and never start the web server. The application is configured in verify
 * mode with Hibernate validating the schema, neither of which may stop
 * {@code migrate upgrade} from running.
 */
@PostgresTest
class CommandModeIntegrationTests {

	@TempDir
	Path output;

	@Test
	void runsCommandsAgainstTheApplicationsOwnConfigurationAndExitsWithTheirCode(TestDatabase database)
			throws Exception {
		Result verifyBefore = run(database, "migrate", "verify");
		assertThat(verifyBefore.code()).as(verifyBefore.output()).isEqualTo(3);
		assertThat(verifyBefore.output()).contains("1a2b3c4d5e6f").doesNotContain("Tomcat started");

		Result upgrade = run(database, "migrate", "upgrade", "heads");
		assertThat(upgrade.code()).as(upgrade.output()).isZero();
		assertThat(upgrade.output()).contains("Now at 2b3c4d5e6f70").doesNotContain("Tomcat started");
		assertThat(tableExists(database, "orders")).isTrue();
	}

	private Result run(TestDatabase database, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(javaExecutable(),
				// A short-lived JVM: skip the optimising compiler, as launchers of
				// one-shot jobs often do.
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				MigrateTestApplication.class.getName()));
		command.addAll(List.of(args));
		command.add("--spring.datasource.url=" + database.jdbcUrl());
		command.add("--spring.datasource.username=" + database.user());
		command.add("--spring.datasource.password=" + database.password());
		command.add("--migrate.mode=verify");
		// Would fail startup on the unmigrated database if the command let Hibernate
		// validate.
		command.add("--spring.jpa.hibernate.ddl-auto=validate");
		command.add("--server.port=0");
		File log = Files.createTempFile(this.output, "command", ".log").toFile();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		try {
			// A web server left running would keep the process alive: that is a failure
			// too.
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
			return new Result(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
		}
		finally {
			process.destroyForcibly();
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static boolean tableExists(TestDatabase database, String table) throws SQLException {
		try (Connection connection = database.connect();
				ResultSet tables = connection.getMetaData().getTables(null, "public", table, null)) {
			return tables.next();
		}
	}

	private record Result(int code, String output) {
	}

}

package dev.migrate.autoconfigure.refused;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * App-jar commands on a database Hibernate refuses to start on (a sequence whose
 * increment differs from the entity's {@code allocationSize}): the commands, including
 * the revision that fixes it, must work because they never start JPA.
 */
@PostgresTest
class HibernateRefusedSchemaCommandTests {

	@TempDir
	Path workDir;

	@Test
	void commandsWorkWhereHibernateRefusesToStart(TestDatabase database) throws Exception {
		Result first = run(database, "migrate", "upgrade", "c1d2e3f4a5b6");
		assertThat(first.code()).as(first.all()).isZero();

		// The application itself does not start on this database.
		Result application = run(database, "--spring.main.web-application-type=none", "--migrate.mode=none");
		assertThat(application.code()).as(application.all()).isNotZero();
		assertThat(application.all()).contains("ticket_ids").containsIgnoringCase("increment");

		Result current = run(database, "migrate", "current");
		assertThat(current.code()).as(current.all()).isZero();
		assertThat(current.out()).startsWith("c1d2e3f4a5b6");

		Result upgrade = run(database, "migrate", "upgrade", "heads");
		assertThat(upgrade.code()).as(upgrade.all()).isZero();
		assertThat(upgrade.out()).contains("Now at d2e3f4a5b6c7");

		// check compares the upgraded database with the entity model.
		Result check = run(database, "migrate", "check");
		assertThat(check.code()).as(check.all()).isEqualTo(3);
		assertThat(check.out()).contains("ticket_ids");

		Path revisions = Files.createDirectories(this.workDir.resolve("revisions"));
		Result autogenerate = run(database, "migrate", "revision", "--autogenerate", "-m", "align ticket ids", "--dir",
				revisions.toString());
		assertThat(autogenerate.code()).as(autogenerate.all()).isZero();
		try (Stream<Path> files = Files.list(revisions)) {
			Path revision = files.findFirst().orElseThrow();
			assertThat(Files.readString(revision)).contains("ticket_ids").containsIgnoringCase("increment");
		}

		for (Result result : List.of(current, check, autogenerate, upgrade)) {
			assertThat(result.all()).doesNotContain("HHH").doesNotContain("EntityManagerFactory");
		}
	}

	private Result run(TestDatabase database, String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-cp", System.getProperty("java.class.path"), TicketApplication.class.getName()));
		command.addAll(List.of(args));
		command.addAll(List.of("--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--migrate.locations=classpath:db/tickets",
				"--spring.jpa.hibernate.ddl-auto=validate"));
		File out = Files.createTempFile(this.workDir, "stdout", ".log").toFile();
		File err = Files.createTempFile(this.workDir, "stderr", ".log").toFile();
		Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
		try {
			assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("process finished").isTrue();
			return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
					Files.readString(err.toPath(), StandardCharsets.UTF_8));
		}
		finally {
			process.destroyForcibly();
		}
	}

	private record Result(int code, String out, String err) {

		String all() {
			return "exit " + this.code + "\n--- stdout\n" + this.out + "--- stderr\n" + this.err;
		}

	}

}

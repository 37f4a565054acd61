package dev.migrate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged demo jar's commands as CI steps and shell scripts use them: stdout holds
 * only the command's output ({@code migrate heads | wc -l}, {@code upgrade --sql > f}),
 * the logs go to stderr, and {@code migrate} may follow Spring options.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppJarCommandIT {

	private static TestDatabase database;

	@TempDir
	Path workDir;

	@BeforeAll
	static void createDatabase() {
		database = TestDatabase.create();
	}

	@AfterAll
	static void dropDatabase() throws Exception {
		database.close();
	}

	@Test
	@Order(1)
	void stdoutCarriesOnlyTheCommandsOutput() throws Exception {
		// The shipped CI step: `[ "$(java -jar app.jar migrate heads | grep -c .)" = 1
		// ]`.
		Result heads = run("migrate", "heads");
		assertThat(heads.code()).as(heads.all()).isZero();
		assertThat(heads.out().lines().filter((line) -> !line.isBlank()).toList()).as(heads.all())
			.singleElement()
			.asString()
			.startsWith("91a2b3c4d5e6");

		// Up to the backfill: the demo's Java revision uses raw JDBC, which has no
		// offline
		// SQL (the command says so and exits 1).
		Result sql = run("migrate", "upgrade", "--sql", "base:4c5d6e7f8091");
		assertThat(sql.code()).as(sql.all()).isZero();
		assertThat(sql.out()).contains("CREATE TABLE").doesNotContain(" INFO ", " WARN ", "HikariPool", "Started ");
		// Nothing touched: the script is for a DBA to run.
		Result current = run("migrate", "current");
		assertThat(current.code()).as(current.all()).isZero();
		assertThat(current.out()).isBlank();
	}

	@Test
	@Order(2)
	void migrateMayFollowSpringOptionsAndTheCodeIsTheCommands() throws Exception {
		Result upgrade = runWithLeading(List.of("--spring.profiles.active=postgres"), "migrate", "upgrade", "heads");
		assertThat(upgrade.code()).as(upgrade.all()).isZero();
		assertThat(upgrade.out()).contains("Now at 91a2b3c4d5e6");
		assertThat(upgrade.all()).doesNotContain("Tomcat started");

		Result verify = run("migrate", "verify");
		assertThat(verify.code()).as(verify.all()).isZero();
		Result unknown = run("migrate", "downgrade", "nosuchrevision");
		assertThat(unknown.code()).as(unknown.all()).isIn(1, 2);
		assertThat(unknown.err()).contains("nosuchrevision");
		assertThat(unknown.out()).isEmpty();
	}

	@Test
	@Order(3)
	void commandsNeverStartJpa() throws Exception {
		// Starting JPA logs Hibernate's HHH008540 "Processing PersistenceUnitInfo" and
		// Spring's "Initialized JPA EntityManagerFactory" at INFO: ask for both levels
		// and
		// see neither (check builds Hibernate's metadata, which logs its version, but no
		// persistence unit). The demo has entities and Spring Data repositories, which
		// started JPA in command mode before repositories were bootstrapped lazily there.
		List<String> jpaAtInfo = List.of("--logging.level.org.hibernate=info",
				"--logging.level.org.springframework.orm=info");
		for (String command : List.of("current", "check")) {
			Result result = runWithLeading(jpaAtInfo, "migrate", command);
			assertThat(result.code()).as(result.all()).isZero();
			assertThat(result.err()).as(result.all()).doesNotContain("PersistenceUnitInfo", "EntityManagerFactory");
		}
	}

	@Test
	@Order(4)
	void commandsStartNoServer() throws Exception {
		// The demo is a web application with actuator: holding the port that its server
		// (and a management server) would listen on makes a started server fail to bind,
		// and the command with it.
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();
			Result current = runWithLeading(List.of("--server.port=" + port, "--management.server.port=" + port),
					"migrate", "current");
			assertThat(current.code()).as(current.all()).isZero();
			assertThat(current.out()).as(current.all()).startsWith("91a2b3c4d5e6");
		}
	}

	private Result run(String... args) throws Exception {
		return runWithLeading(List.of(), args);
	}

	private Result runWithLeading(List<String> leading, String... args) throws Exception {
		Path jar;
		try (var files = Files.list(Path.of("target"))) {
			jar = files.filter((p) -> p.getFileName().toString().matches("demo-app-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("run after `package`: no demo-app jar in target/"));
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
						jar.toString()));
		command.addAll(leading);
		command.addAll(List.of(args));
		command.add("--spring.profiles.active=postgres");
		command.add("--spring.datasource.url=" + database.jdbcUrl());
		command.add("--spring.datasource.username=" + database.user());
		command.add("--spring.datasource.password=" + database.password());
		File out = Files.createTempFile(this.workDir, "stdout", ".log").toFile();
		File err = Files.createTempFile(this.workDir, "stderr", ".log").toFile();
		Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
		try {
			assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("command finished").isTrue();
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

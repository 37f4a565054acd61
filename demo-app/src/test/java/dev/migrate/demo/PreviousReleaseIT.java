package dev.migrate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rolling deploy, one release back (issue 15, N-1): the next release's migration Job
 * has applied one expand revision (a nullable column this jar does not contain), and the
 * packaged demo jar, as the previous release, must keep running against that database. It
 * starts in verify and in apply mode, turns ready, serves {@code POST /users}, shows the
 * unknown revision under {@code ahead}, and its app-jar {@code verify} says it is ahead
 * and exits 0.
 */
class PreviousReleaseIT {

	/** The next release's expand revision, built on the demo's head. */
	private static final String EXPAND = """
			-- revision: a7b8c9d0e1f2
			-- revises: 91a2b3c4d5e6
			-- message: expand: users.nickname, nullable, so the previous release keeps inserting users

			-- migrate:upgrade
			ALTER TABLE users ADD COLUMN nickname text;

			-- migrate:downgrade
			ALTER TABLE users DROP COLUMN nickname;
			""";

	/** Generous for a loaded 2-core machine, bounded so a hang fails the build. */
	private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static TestDatabase database;

	@TempDir
	static Path nextRelease;

	@BeforeAll
	static void migrateAsTheNextRelease() throws Exception {
		database = TestDatabase.create();
		Files.writeString(nextRelease.resolve("a7b8c9d0e1f2_users_nickname.sql"), EXPAND);
		// The next release's migration Job: this jar plus the expand revision (the demo's
		// Java revision bean needs the application context, so the jar runs it).
		CommandResult job = runAppJar("migrate", "upgrade", "heads",
				"--migrate.locations=classpath:db/revisions,filesystem:" + nextRelease);
		assertThat(job.exitCode()).as(job.output()).isZero();
		assertThat(recordedHeads()).containsExactly("a7b8c9d0e1f2");
	}

	@AfterAll
	static void dropDatabase() {
		if (database != null) {
			database.close();
		}
	}

	@Test
	void startsInVerifyModeReadyAndServing() throws Exception {
		try (RunningApp app = RunningApp.start("verify")) {
			String migrations = app.get("/actuator/migrations").body();
			assertThat(migrations).contains("\"current\":[\"a7b8c9d0e1f2\"]")
				.contains("\"upToDate\":true")
				.contains("\"pending\":[]")
				.contains("\"ahead\":[{\"revision\":\"a7b8c9d0e1f2\",\"appliedAt\":\"");
			String health = app.get("/actuator/health/migrations").body();
			assertThat(health).contains("\"status\":\"UP\"").contains("\"ahead\":[\"a7b8c9d0e1f2\"]");
			assertThat(app.get("/actuator/prometheus").body()).contains("migrate_revisions_ahead 1.0");
			app.createsAUser("Ada");
		}
	}

	@Test
	void startsInApplyModeReadyAndServing() throws Exception {
		try (RunningApp app = RunningApp.start("apply")) {
			app.createsAUser("Grace");
			assertThat(app.log()).contains("ahead of this release by 1 revision: a7b8c9d0e1f2");
		}
		// The previous release applied nothing and recorded nothing.
		assertThat(recordedHeads()).containsExactly("a7b8c9d0e1f2");
	}

	private static List<String> recordedHeads() throws Exception {
		List<String> heads = new ArrayList<>();
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT revision FROM migrate_version ORDER BY revision")) {
			while (rs.next()) {
				heads.add(rs.getString(1));
			}
		}
		return heads;
	}

	@Test
	void appJarVerifySaysAheadAndExitsZero() throws Exception {
		// One app-jar command only: each starts a JVM (`current` prints the same line,
		// see
		// AheadCliTest).
		CommandResult verify = runAppJar("migrate", "verify");
		assertThat(verify.exitCode()).as(verify.output()).isZero();
		assertThat(verify.output())
			.contains("Up to date at a7b8c9d0e1f2, ahead of this release by 1 revision: a7b8c9d0e1f2");
	}

	private record CommandResult(int exitCode, String output) {
	}

	private static CommandResult runAppJar(String... args) throws Exception {
		Process process = new ProcessBuilder(javaJar(List.of(args))).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes());
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
			return new CommandResult(process.exitValue(), output);
		}
		finally {
			process.destroyForcibly();
		}
	}

	/** java -jar demo-app.jar [args] on the postgres profile, pointed at the database. */
	private static List<String> javaJar(List<String> leadingArgs) throws IOException {
		Path jar;
		try (var files = Files.list(Path.of("target"))) {
			jar = files.filter((p) -> p.getFileName().toString().matches("demo-app-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("run after `package`: no demo-app jar in target/"));
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(leadingArgs);
		command.add("--spring.profiles.active=postgres");
		command.add("--spring.datasource.url=" + database.jdbcUrl());
		command.add("--spring.datasource.username=" + database.user());
		command.add("--spring.datasource.password=" + database.password());
		return command;
	}

	/** The demo jar serving HTTP on a free port, logging to a file. */
	private static final class RunningApp implements AutoCloseable {

		private final Process process;

		private final Path log;

		private final int port;

		private RunningApp(Process process, Path log, int port) {
			this.process = process;
			this.log = log;
			this.port = port;
		}

		/** Starts the jar in {@code migrate.mode} and waits until readiness says 200. */
		static RunningApp start(String mode) throws Exception {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			Path log = Files.createTempFile("demo-app-" + mode, ".log");
			List<String> command = javaJar(List.of());
			command.add("--server.port=" + port);
			command.add("--migrate.mode=" + mode);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			RunningApp app = new RunningApp(process, log, port);
			try {
				app.awaitReady();
			}
			catch (Throwable ex) {
				app.close();
				throw ex;
			}
			return app;
		}

		private void awaitReady() throws Exception {
			long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				assertThat(this.process.isAlive()).as("demo app exited early:\n%s", log()).isTrue();
				try {
					if (get("/actuator/health/readiness").statusCode() == 200) {
						return;
					}
				}
				catch (IOException notYetListening) {
					// keep polling until the deadline
				}
				Thread.sleep(500);
			}
			throw new AssertionError("demo app did not become ready in " + READY_TIMEOUT.toSeconds() + " s:\n" + log());
		}

		/** POST /users answers 201 with the new user. */
		void createsAUser(String firstName) throws Exception {
			HttpResponse<String> created = post("/users",
					"{\"firstName\":\"" + firstName + "\",\"lastName\":\"Example\",\"email\":\""
							+ firstName.toLowerCase(java.util.Locale.ROOT) + "@example.com\"}");
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			assertThat(created.body()).contains("\"firstName\":\"" + firstName + "\"");
		}

		String log() throws IOException {
			return Files.readString(this.log);
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
			return HTTP.send(HttpRequest.newBuilder(uri(path))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + this.port + path);
		}

		@Override
		public void close() throws Exception {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			Files.deleteIfExists(this.log);
		}

	}

}

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged demo jar as users run it: a real process on a free port against a real
 * PostgreSQL database (the {@code postgres} profile), called over HTTP; then the app-jar
 * commands {@code migrate history} and {@code migrate verify} against the same database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoApplicationIT {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static TestDatabase database;

	private static Process app;

	private static int port;

	private static Path log;

	@BeforeAll
	static void startTheJar() throws Exception {
		database = TestDatabase.create();
		port = freePort();
		log = Files.createTempFile("demo-app", ".log");
		List<String> command = javaJar(List.of());
		command.add("--server.port=" + port);
		app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("demo app exited early:\n%s", Files.readString(log)).isTrue();
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
		throw new AssertionError("demo app did not become ready in 120 s:\n" + Files.readString(log));
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.destroy();
			app.waitFor(30, TimeUnit.SECONDS);
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void migratedOnStartupAndServesTheRestApi() throws Exception {
		HttpResponse<String> created = post("/users",
				"{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"email\":\"ada@example.com\",\"phoneNumber\":\"+44 20\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"firstName\":\"Ada\"").contains("\"phoneNumber\":\"+44 20\"");
		String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");

		HttpResponse<String> order = post("/users/" + id + "/orders", "{\"amount\":12.50}");
		assertThat(order.statusCode()).isEqualTo(201);
		String orderId = order.body().replaceAll(".*\"id\":(\\d+).*", "$1");
		// Written by the trigger of revision 3b4c5d6e7f80, read through JPA.
		assertThat(get("/users/" + id + "/orders/" + orderId + "/history").body()).contains("\"newStatus\":\"NEW\"");
		assertThat(post("/users/" + id + "/orders", "{\"amount\":-1}").statusCode()).isEqualTo(400);
		HttpResponse<String> orders = get("/users/" + id + "/orders");
		assertThat(orders.statusCode()).isEqualTo(200);
		assertThat(orders.body()).contains("\"amount\":12.50").contains("\"status\":\"NEW\"");
		assertThat(get("/users/" + id).body()).contains("ada@example.com");
		assertThat(get("/users/999999").statusCode()).isEqualTo(404);
	}

	@Test
	@Order(2)
	void actuatorShowsMigrationsHealthAndMetrics() throws Exception {
		String migrations = get("/actuator/migrations").body();
		assertThat(migrations).contains("\"current\":[\"91a2b3c4d5e6\"]")
			.contains("\"upToDate\":true")
			.contains("\"pending\":[]")
			.contains("\"revision\":\"5d6e7f8091a2\"");
		String health = get("/actuator/health").body();
		assertThat(health).contains("\"migrations\":{").contains("\"pending\":0");
		// The entities match the schema the revisions built (what `migrate check`
		// verifies in CI).
		String drift = get("/actuator/migrationsdrift").body();
		assertThat(drift).contains("\"atHeads\":true")
			.contains("\"matchesEntities\":true")
			.contains("\"differences\":[]");
		// Nothing pending, so nothing to lint.
		assertThat(get("/actuator/migrationslint").statusCode()).isEqualTo(200);
		String prometheus = get("/actuator/prometheus").body();
		assertThat(prometheus).contains("migrate_revision_seconds_count{")
			.contains("revision=\"7f8091a2b3c4\"")
			.contains("migrate_revisions_pending 0.0");
	}

	@Test
	@Order(3)
	void appJarCommandsRunAgainstTheSameDatabase() throws Exception {
		CommandResult history = runAppJar("migrate", "history", "--indicate-current");
		assertThat(history.exitCode()).as(history.output()).isZero();
		assertThat(history.output()).contains("91a2b3c4d5e6 (head) (current) (mergepoint)")
			.contains("3b4c5d6e7f80 (branchpoint)")
			.contains("(reporting)");
		assertThat(history.output()).doesNotContain("Tomcat started");

		CommandResult verify = runAppJar("migrate", "verify");
		assertThat(verify.exitCode()).as(verify.output()).isZero();
		assertThat(verify.output()).contains("Up to date at 91a2b3c4d5e6");
	}

	private record CommandResult(int exitCode, String output) {
	}

	private static CommandResult runAppJar(String... args) throws Exception {
		// `migrate` must be the first argument (docs/cli.md); Spring options may follow
		// the command.
		List<String> command = javaJar(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
		return new CommandResult(process.exitValue(), output);
	}

	/**
	 * java -jar demo-app.jar [args] with the postgres profile pointed at the test
	 * database.
	 */
	private static List<String> javaJar(List<String> leadingArgs) throws IOException {
		Path jar;
		try (var files = Files.list(Path.of("target"))) {
			jar = files.filter(p -> p.getFileName().toString().matches("demo-app-.*\\.jar"))
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

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

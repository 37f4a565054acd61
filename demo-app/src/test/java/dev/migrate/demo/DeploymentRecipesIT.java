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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs the recipes of {@code deploy/} as they are written, so they cannot rot: the GitHub
 * Actions workflow's {@code run:} steps, the Docker entrypoint script, the Kubernetes
 * Job's command and the init-container Deployment's two containers, each against its own
 * real (embedded) PostgreSQL with the packaged demo jar. Commands, arguments, environment
 * and step order are read from the recipe files; only what a test machine cannot provide
 * is substituted: the database (url and credentials), the image's {@code /app/app.jar}
 * (the jar in {@code target/}) and a free port. Docker and kubectl themselves are not
 * run.
 */
class DeploymentRecipesIT {

	private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

	private static final Path DEPLOY = REPOSITORY.resolve("deploy");

	private static final String IMAGE_JAR = "/app/app.jar";

	/**
	 * Generous: each app-jar command starts Spring and JPA (seconds on an idle machine, a
	 * minute on a loaded CI runner).
	 */
	private static final Duration STEP_TIMEOUT = Duration.ofMinutes(10);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	@SuppressWarnings("unchecked")
	void githubActionsWorkflowStepsPass() throws Exception {
		Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) load("github-actions/migrations.yml")
			.get("jobs")).get("migrations");
		List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
		List<String> ran = new ArrayList<>();
		try (TestDatabase database = TestDatabase.create()) {
			Map<String, String> environment = new HashMap<>(strings((Map<String, Object>) job.get("env")));
			environment.putAll(datasource(database));
			for (Map<String, Object> step : steps) {
				String script = (String) step.get("run");
				if (script == null || script.contains("./mvnw")) {
					// Checkout, Java setup, and the Maven steps: this build is that
					// build.
					continue;
				}
				String name = (String) step.get("name");
				// GitHub runs `run:` with bash -e -o pipefail, from the repository root.
				Result result = run(List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script),
						environment, STEP_TIMEOUT);
				assertThat(result.exitCode()).as("step '%s' failed:\n%s", name, result.output()).isZero();
				if (script.contains("migrate lint")) {
					// Linted while there is something to lint, not after upgrade ("0
					// revisions").
					assertThat(result.output()).doesNotContain(" in 0 revisions")
						.containsPattern(" in [1-9]\\d* revisions?");
				}
				ran.add(name);
			}
		}
		assertThat(ran).hasSizeGreaterThanOrEqualTo(6);
	}

	/**
	 * The image as the Dockerfile builds it: {@code cds.sh} (unpack the jar in place,
	 * write the class-data-sharing archive) on a copy of the jar in a directory standing
	 * in for {@code /app}, then the entrypoint with the image's {@code JDK_JAVA_OPTIONS},
	 * plus {@code -Xshare:on}, with which a JVM fails instead of starting without the
	 * archive.
	 */
	@Test
	void dockerEntrypointMigratesThenStartsTheApp() throws Exception {
		Path image = Files.createTempDirectory("image-app");
		Files.copy(Path.of(jar()), image.resolve("app.jar"));
		Result cds = run(List.of("sh", DEPLOY.resolve("docker/cds.sh").toString(), image.resolve("app.jar").toString()),
				Map.of("SPRING_PROFILES_ACTIVE", "postgres"), STEP_TIMEOUT);
		assertThat(cds.exitCode()).as(cds.output()).isZero();
		assertThat(image.resolve("app.jsa")).isNotEmptyFile();
		assertThat(image.resolve("lib")).isDirectory();
		String javaOptions = Files.readString(DEPLOY.resolve("docker/Dockerfile"))
			.lines()
			.filter(line -> line.startsWith("ENV JDK_JAVA_OPTIONS="))
			.map(line -> line.substring("ENV JDK_JAVA_OPTIONS=".length()).replace("\"", ""))
			.findFirst()
			.orElseThrow();
		Path script = image.resolve("entrypoint.sh");
		Files.writeString(script,
				Files.readString(DEPLOY.resolve("docker/entrypoint.sh")).replace(IMAGE_JAR, image + "/app.jar"));
		try (TestDatabase database = TestDatabase.create()) {
			Map<String, String> environment = new HashMap<>(datasource(database));
			environment.put("SPRING_PROFILES_ACTIVE", "postgres");
			environment.put("JDK_JAVA_OPTIONS", "-Xshare:on " + javaOptions.replace("/app/", image + "/"));
			int port = freePort();
			Process app = start(List.of("sh", script.toString(), "--server.port=" + port), environment);
			try {
				awaitReady(app, port, "/actuator/health/readiness");
				assertThat(versions(database)).isNotEmpty();
			}
			finally {
				stop(app);
			}
		}
		finally {
			deleteTree(image);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void kubernetesJobCommandMigrates() throws Exception {
		Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) load(
				"kubernetes/migrate-job.yaml")
			.get("spec")).get("template")).get("spec");
		Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
		try (TestDatabase database = TestDatabase.create()) {
			Map<String, String> environment = containerEnvironment(container, database);
			Result result = run(command(container), environment, STEP_TIMEOUT);
			assertThat(result.exitCode()).as(result.output()).isZero();
			assertThat(versions(database)).isNotEmpty();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void initContainerDeploymentMigratesThenServesAndFailsAsItsCommentSays() throws Exception {
		Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) load(
				"kubernetes/deployment-init-container.yaml")
			.get("spec")).get("template")).get("spec");
		Map<String, Object> init = ((List<Map<String, Object>>) pod.get("initContainers")).get(0);
		Map<String, Object> app = ((List<Map<String, Object>>) pod.get("containers")).get(0);
		String readiness = (String) ((Map<String, Object>) ((Map<String, Object>) app.get("readinessProbe"))
			.get("httpGet")).get("path");
		try (TestDatabase database = TestDatabase.create()) {
			Map<String, String> appEnvironment = containerEnvironment(app, database);
			List<String> appCommand = new ArrayList<>(command(app));
			int port = freePort();
			appCommand.add("--server.port=" + port);

			// Without the init container the schema is empty: the comment says the app
			// does not start (Hibernate validates the entities), so the pod restarts.
			Process unmigrated = start(appCommand, appEnvironment);
			assertThat(unmigrated.waitFor(STEP_TIMEOUT.toMinutes(), TimeUnit.MINUTES)).isTrue();
			assertThat(unmigrated.exitValue()).isNotZero();

			Result migrated = run(command(init), containerEnvironment(init, database), STEP_TIMEOUT);
			assertThat(migrated.exitCode()).as(migrated.output()).isZero();
			Process started = start(appCommand, appEnvironment);
			try {
				awaitReady(started, port, readiness);
			}
			finally {
				stop(started);
			}
		}
	}

	/** A container's command with the image's jar replaced by the packaged one. */
	@SuppressWarnings("unchecked")
	private static List<String> command(Map<String, Object> container) throws IOException {
		List<String> command = new ArrayList<>();
		for (String part : (List<String>) container.get("command")) {
			command.add(part.equals(IMAGE_JAR) ? jar() : part);
		}
		Object args = container.get("args");
		if (args != null) {
			command.addAll((List<String>) args);
		}
		return command;
	}

	/**
	 * A container's {@code env} (plain values as written), with what its secrets hold
	 * ({@code secretKeyRef} username/password, {@code envFrom} the whole datasource) and
	 * the database url pointed at the test database.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> containerEnvironment(Map<String, Object> container, TestDatabase database) {
		Map<String, String> environment = new HashMap<>();
		Map<String, String> datasource = datasource(database);
		if (container.get("envFrom") != null) {
			// The secret the recipe names holds the profile and the connection.
			environment.put("SPRING_PROFILES_ACTIVE", "postgres");
			environment.putAll(datasource);
		}
		List<Map<String, Object>> env = (List<Map<String, Object>>) container.get("env");
		for (Map<String, Object> variable : env == null ? List.<Map<String, Object>>of() : env) {
			String name = (String) variable.get("name");
			Object value = variable.get("value");
			environment.put(name, value != null ? value.toString() : datasource.get(name));
		}
		environment.putAll(datasource);
		return environment;
	}

	private static Map<String, String> datasource(TestDatabase database) {
		return Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", database.user(),
				"SPRING_DATASOURCE_PASSWORD", database.password());
	}

	private static Map<String, String> strings(Map<String, Object> values) {
		Map<String, String> strings = new HashMap<>();
		values.forEach((name, value) -> strings.put(name, String.valueOf(value)));
		return strings;
	}

	private static List<String> versions(TestDatabase database) throws Exception {
		List<String> versions = new ArrayList<>();
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT revision FROM migrate_version")) {
			while (rows.next()) {
				versions.add(rows.getString(1));
			}
		}
		return versions;
	}

	private static Process start(List<String> command, Map<String, String> environment) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectErrorStream(true);
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("MIGRATE_"));
		builder.environment().putAll(environment);
		Path log = Files.createTempFile("recipe", ".log");
		log.toFile().deleteOnExit();
		return builder.redirectOutput(log.toFile()).start();
	}

	private static Result run(List<String> command, Map<String, String> environment, Duration timeout)
			throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectErrorStream(true);
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("MIGRATE_"));
		builder.environment().putAll(environment);
		Path log = Files.createTempFile("recipe", ".log");
		try {
			Process process = builder.redirectOutput(log.toFile()).start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(command + " did not finish in " + timeout + ":\n" + Files.readString(log));
			}
			return new Result(process.exitValue(), Files.readString(log));
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

	private static void awaitReady(Process app, int port, String path) throws Exception {
		long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the app exited before it was ready").isTrue();
			try {
				HttpResponse<String> response = HTTP.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// keep polling until the deadline
			}
			Thread.sleep(500);
		}
		throw new AssertionError("not ready at " + path + " within " + STEP_TIMEOUT);
	}

	private static void stop(Process process) throws InterruptedException {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private static String jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("demo-app-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("run after `package`: no demo-app jar in target/"))
				.toAbsolutePath()
				.toString();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Map<String, Object> load(String file) throws IOException {
		return new Yaml().load(Files.readString(DEPLOY.resolve(file)));
	}

	private record Result(int exitCode, String output) {
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}

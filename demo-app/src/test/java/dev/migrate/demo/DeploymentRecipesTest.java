package dev.migrate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The recipes in {@code deploy/} cannot be run here (no Docker engine, no cluster), so
 * their syntax and the parts that make them correct are checked instead: every YAML file
 * parses, the shell entrypoint passes {@code sh -n}, and each recipe wires migrations the
 * way the docs promise.
 */
class DeploymentRecipesTest {

	private static final Path DEPLOY = Path.of("..", "deploy");

	@Test
	void everyYamlFileParses() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(DEPLOY)) {
			files = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).toList();
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(7);
		for (Path file : files) {
			for (Object document : new Yaml().loadAll(Files.readString(file))) {
				assertThat(document).as(file.toString()).isInstanceOf(Map.class);
			}
		}
	}

	@Test
	void entrypointMigratesThenStartsAndIsValidShell() throws Exception {
		Path entrypoint = DEPLOY.resolve("docker/entrypoint.sh");
		Process check = new ProcessBuilder("sh", "-n", entrypoint.toString()).redirectErrorStream(true).start();
		assertThat(check.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes())).isZero();
		String script = Files.readString(entrypoint);
		assertThat(script.indexOf("migrate upgrade head")).isPositive().isLessThan(script.indexOf("exec java"));

		String dockerfile = Files.readString(DEPLOY.resolve("docker/Dockerfile"));
		assertThat(dockerfile).contains("ENTRYPOINT [\"/app/entrypoint.sh\"]")
			.contains("COPY deploy/docker/entrypoint.sh")
			.contains("COPY deploy/docker/cds.sh")
			.contains("RUN sh /app/cds.sh /app/app.jar")
			.contains("ENV JDK_JAVA_OPTIONS=\"-XX:SharedArchiveFile=/app/app.jsa");
		for (String line : dockerfile.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
			assertThat(line.split(" ")[0]).as(line)
				.isIn("FROM", "WORKDIR", "COPY", "RUN", "USER", "EXPOSE", "ENV", "ENTRYPOINT");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void composeStartsTheAppOnlyOnceTheDatabaseIsHealthy() throws IOException {
		Map<String, Object> compose = load("compose/docker-compose.yml");
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
		assertThat(((Map<String, Object>) postgres.get("healthcheck")).get("test").toString()).contains("pg_isready");
		Map<String, Object> app = (Map<String, Object>) services.get("app");
		Map<String, Object> dependsOn = (Map<String, Object>) ((Map<String, Object>) app.get("depends_on"))
			.get("postgres");
		assertThat(dependsOn).containsEntry("condition", "service_healthy");
	}

	@Test
	@SuppressWarnings("unchecked")
	void kubernetesRecipesRunTheAppJarMigrateCommand() throws IOException {
		Map<String, Object> job = load("kubernetes/migrate-job.yaml");
		assertThat(job).containsEntry("kind", "Job");
		assertThat(job.toString()).contains("[java, -jar, /app/app.jar, migrate, upgrade, head]");

		Map<String, Object> hook = load("helm/migrate-demo/templates/migrate-hook-job.yaml");
		Map<String, Object> annotations = (Map<String, Object>) ((Map<String, Object>) hook.get("metadata"))
			.get("annotations");
		assertThat(annotations.get("helm.sh/hook").toString()).contains("pre-install").contains("pre-upgrade");
		assertThat(hook.toString()).contains("migrate, upgrade, head");

		String initVariant = load("kubernetes/deployment-init-container.yaml").toString();
		assertThat(initVariant).contains("initContainers")
			.contains("migrate, upgrade, head")
			.contains("readinessState,migrations")
			.contains("/actuator/health/readiness");
	}

	@Test
	void githubWorkflowRunsEveryCheckAgainstAPostgresService() throws IOException {
		String workflow = load("github-actions/migrations.yml").toString();
		assertThat(workflow).contains("services={postgres=")
			.contains("pg_isready")
			.contains("migrate verify")
			.contains("migrate check")
			.contains("migrate downgrade base")
			.contains("migrate heads")
			.contains("migrate lint");
	}

	private static Map<String, Object> load(String file) throws IOException {
		return new Yaml().load(Files.readString(DEPLOY.resolve(file)));
	}

}

package dev.migrate.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the shaded {@code target/migrate.jar} as a real process, as CI pipelines and
 * operators do. Failsafe runs it after {@code package} and passes the jar's path; under
 * surefire (which a {@code -Dtest=dev.migrate.cli.**} filter also points here) the jar
 * does not exist yet, so it is skipped.
 */
@EnabledIfSystemProperty(named = "migrate.jar", matches = ".+")
class MigrateJarIT {

	@Test
	void helpWorksFromTheShadedJar() throws Exception {
		MigrateJar.Result result = MigrateJar.run(Map.of(), "--help");
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).startsWith("Usage: migrate [OPTIONS] COMMAND [ARGS]")
			.contains("upgrade [TARGET] [--sql]");
		// Usage text is printed as written: its example url is not taken for a secret.
		assertThat(result.out()).contains("DATABASE_URL=postgresql://user:password@host:port/database");
		assertThat(result.err()).isEmpty();
	}

	@Test
	void usageErrorsExitTwo() throws Exception {
		MigrateJar.Result result = MigrateJar.run(Map.of(), "frobnicate");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("unknown command 'frobnicate'", "--help");
	}

	@Test
	void graphCommandsAnswerWithoutADatabaseAndFastWithAnUnreachableOne(@TempDir Path revisions) throws Exception {
		Files.writeString(revisions.resolve("a1b2c3d4e5f6_create_users.sql"),
				"-- revision: a1b2c3d4e5f6\n-- message: create users\n\n-- migrate:upgrade\nCREATE TABLE users (id"
						+ " bigint PRIMARY KEY);\n\n-- migrate:downgrade\nDROP TABLE users;\n");
		Files.writeString(revisions.resolve("b1b2c3d4e5f6_other_base.sql"),
				"-- revision: b1b2c3d4e5f6\n-- message: other base\n\n-- migrate:upgrade\nSELECT 1;\n");
		String locations = "filesystem:" + revisions;
		MigrateJar.Result noUrl = MigrateJar.run(Map.of(), "--locations", locations, "heads");
		assertThat(noUrl.exitCode()).as(noUrl.err()).isZero();
		// The CI idiom `[ $(migrate heads | wc -l) -gt 1 ]` sees both heads.
		assertThat(noUrl.out().lines()).containsExactly("a1b2c3d4e5f6 (head)", "b1b2c3d4e5f6 (head)");

		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		long started = System.nanoTime();
		MigrateJar.Result closedPort = MigrateJar.run(
				Map.of("MIGRATE_URL", "jdbc:postgresql://127.0.0.1:" + port + "/app"), "--locations", locations,
				"heads");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(closedPort.exitCode()).as(closedPort.err()).isZero();
		assertThat(closedPort.out()).isEqualTo(noUrl.out());
		// Connecting would retry for 10 s; a JVM start is well under 5 s.
		assertThat(took).isLessThan(Duration.ofSeconds(5));
		assertThat(MigrateJar.run(Map.of(), "--locations", locations, "upgrade", "--sql", "base:heads").out())
			.contains("CREATE TABLE users");

		MigrateJar.Result current = MigrateJar.run(Map.of(), "--locations", locations, "current");
		assertThat(current.exitCode()).isEqualTo(2);
		assertThat(current.err()).contains("no database to connect to");
	}

}

package dev.migrate.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script the build writes beside {@code migrate.jar}
 * ({@code target/migrate}) and its class-data-sharing archive, run as an operator runs
 * them: the archive must map ({@code -Xshare:on} makes the JVM refuse to start
 * otherwise), and stdout must carry only the command's output.
 */
@PostgresTest
@EnabledIfSystemProperty(named = "migrate.jar", matches = ".+")
class MigrateLauncherIT {

	@Test
	void runsWithTheBuildsArchiveAndKeepsStdoutClean(TestDatabase database, @TempDir Path revisions) throws Exception {
		Path jar = Path.of(System.getProperty("migrate.jar"));
		Path launcher = jar.resolveSibling("migrate");
		Path archive = jar.resolveSibling("migrate.jsa");
		assertThat(launcher).isExecutable();
		assertThat(archive).isRegularFile();
		FileTime archiveWritten = Files.getLastModifiedTime(archive);
		Files.writeString(revisions.resolve("a0001_create_users.sql"), """
				-- revision: a0001
				-- message: create users

				-- migrate:upgrade
				CREATE TABLE users (id bigserial PRIMARY KEY, name text NOT NULL);

				-- migrate:downgrade
				DROP TABLE users;
				""");
		Map<String, String> env = Map.of("MIGRATE_URL", database.jdbcUrl(), "MIGRATE_USER", database.user(),
				"MIGRATE_PASSWORD", database.password(), "MIGRATE_LOCATIONS", "filesystem:" + revisions,
				"MIGRATE_JAVA_OPTS", "-Xshare:on");
		String[] upgrade = run(launcher, env, "upgrade", "heads");
		assertThat(upgrade[0]).isEqualTo("0");
		String[] current = run(launcher, env, "current");
		assertThat(current[0]).isEqualTo("0");
		assertThat(current[1].strip()).isEqualTo("a0001 (head)");
		assertThat(upgrade[2] + current[2]).doesNotContain("[warning]", "[error]");
		// The build's archive fitted: the launcher did not write a new one.
		assertThat(Files.getLastModifiedTime(archive)).isEqualTo(archiveWritten);
	}

	private static String[] run(Path launcher, Map<String, String> env, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf((name) -> name.startsWith("MIGRATE_") || name.equals("DATABASE_URL"));
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(env);
		Path out = Files.createTempFile("launcher-out", ".txt");
		Path err = Files.createTempFile("launcher-err", ".txt");
		try {
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError("the launcher did not finish within 2 minutes");
			}
			return new String[] { String.valueOf(process.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8) };
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

}

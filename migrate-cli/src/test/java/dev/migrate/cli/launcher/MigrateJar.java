package dev.migrate.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded jar named by the {@code migrate.jar} system property (set by failsafe)
 * as a process, with a clean migrate environment plus {@code env}.
 */
final class MigrateJar {

	private MigrateJar() {
	}

	static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
		Path out = Files.createTempFile("migrate-out", ".txt");
		try {
			Result result = run(List.of(), out, env, args);
			return new Result(result.exitCode(), Files.readString(out, StandardCharsets.UTF_8), result.err());
		}
		finally {
			Files.deleteIfExists(out);
		}
	}

	/**
	 * Runs the jar with JVM options (such as {@code -Xmx64m}), its stdout going to
	 * {@code out}, which the caller reads (the result's {@code out} is empty).
	 */
	static Result run(List<String> jvmOptions, Path out, Map<String, String> env, String... args)
			throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty("migrate.jar"));
		assertThat(jar).exists();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf(name -> name.startsWith("MIGRATE_") || name.equals("DATABASE_URL"));
		builder.environment().putAll(env);
		Path err = Files.createTempFile("migrate-err", ".txt");
		try {
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError("migrate.jar did not finish within 2 minutes: " + command);
			}
			return new Result(process.exitValue(), "", Files.readString(err, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(err);
		}
	}

	/**
	 * @param exitCode the process's exit code
	 * @param out its stdout
	 * @param err its stderr
	 */
	record Result(int exitCode, String out, String err) {
	}

}

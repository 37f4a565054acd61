package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a test application's {@code main} in its own JVM, as
 * {@code java -jar app.jar ...} would, with stdout and stderr kept apart.
 */
final class AppProcess {

	private AppProcess() {
	}

	static Result run(Path workDir, Class<?> application, List<String> args) throws Exception {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// A short-lived JVM: skip the optimising compiler, as launchers of
				// one-shot
				// jobs often do.
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), application.getName()));
		command.addAll(args);
		File out = Files.createTempFile(workDir, "stdout", ".log").toFile();
		File err = Files.createTempFile(workDir, "stderr", ".log").toFile();
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectOutput(out)
			.redirectError(err)
			.start();
		try {
			// A web server left running would keep the process alive: that is a failure
			// too.
			assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("process finished").isTrue();
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
					Files.readString(err.toPath(), StandardCharsets.UTF_8), millis);
		}
		finally {
			process.destroyForcibly();
		}
	}

	record Result(int code, String out, String err, long millis) {

		String all() {
			return "exit " + this.code + "\n--- stdout\n" + this.out + "--- stderr\n" + this.err;
		}

	}

}

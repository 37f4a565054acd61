package dev.migrate.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A group of {@link SoakProcess} JVMs started together: each loads the revisions and
 * connects, then all start upgrading at the same moment (the go-file).
 */
final class SoakRun implements AutoCloseable {

	private final List<Process> processes = new ArrayList<>();

	private final List<Path> logs = new ArrayList<>();

	private final Path go;

	private SoakRun(Path go) {
		this.go = go;
	}

	/**
	 * Starts {@code count} processes upgrading to {@code target} and waits until all are
	 * ready.
	 */
	static SoakRun start(int count, SoakDatabase db, Path revisions, String target, Path workDir) throws Exception {
		Path dir = Files.createTempDirectory(workDir, "run");
		SoakRun run = new SoakRun(dir.resolve("go"));
		for (int i = 0; i < count; i++) {
			Path log = dir.resolve("process-" + i + ".log");
			run.logs.add(log);
			run.processes.add(SoakProcess.start(log.toFile(), db.jdbcUrl(), db.user(), db.password(),
					revisions.toString(), target, run.go.toString()));
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		for (int i = 0; i < count; i++) {
			while (!run.output(i).contains("ready")) {
				if (!run.processes.get(i).isAlive() || System.nanoTime() > deadline) {
					throw new AssertionError("process " + i + " did not get ready:\n" + run.output(i));
				}
				Thread.sleep(20);
			}
		}
		return run;
	}

	/** Lets every process start upgrading. */
	void go() throws IOException {
		Files.createFile(go);
	}

	boolean anyAlive() {
		return processes.stream().anyMatch(Process::isAlive);
	}

	int size() {
		return processes.size();
	}

	Process process(int index) {
		return processes.get(index);
	}

	String output(int index) throws IOException {
		Path log = logs.get(index);
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	/** Waits for every process and returns their exit codes (137 for a killed one). */
	List<Integer> await() throws Exception {
		List<Integer> codes = new ArrayList<>();
		for (int i = 0; i < processes.size(); i++) {
			Process process = processes.get(i);
			if (!process.waitFor(300, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("process " + i + " did not finish within 300 s:\n" + output(i));
			}
			codes.add(process.exitValue());
		}
		return codes;
	}

	/**
	 * What the process printed at its end: {@code applied n}, or {@code error ...} with
	 * the whole message; empty when it was killed before.
	 */
	String result(int index) throws IOException {
		String output = output(index);
		int applied = output.lastIndexOf("\napplied ");
		int error = output.lastIndexOf("\nerror ");
		int at = Math.max(applied, error);
		return at < 0 ? "" : output.substring(at + 1).strip();
	}

	@Override
	public void close() {
		processes.forEach(Process::destroyForcibly);
	}

}

package dev.migrate.benchmarks.compare;

import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line's fresh-JVM no-op start (1,000 revisions applied, {@code upgrade
 * heads}) as a user runs it: the packaged launcher {@code migrate-cli/target/migrate}
 * (class-data-sharing archive, quick JIT only, serial GC) and the bare
 * {@code java -jar migrate.jar}, side by side with Flyway's CLI equivalent (the Flyway
 * API in a fresh JVM, as {@link ComparisonBenchmark}) and the no-tool floors, each run as
 * a separate process in rotating order, in one run.
 *
 * <p>
 * Run from the repository root after packaging migrate-cli and this module: <pre>
 * ./mvnw -q -pl migrate-cli,migrate-benchmarks -am package -DskipTests
 * java -cp "migrate-benchmarks/target/classes:$(cat migrate-benchmarks/target/classpath.txt)" \
 *      dev.migrate.benchmarks.compare.CliStartupBenchmark [repetitions]
 * </pre>
 */
public final class CliStartupBenchmark {

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	/** The launcher's JIT and GC flags, given to the Flyway and floor rows marked so. */
	private static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private CliStartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		int repetitions = (args.length > 0) ? Integer.parseInt(args[0]) : 11;
		Path launcher = Path.of("migrate-cli", "target", "migrate").toAbsolutePath();
		Path jar = Path.of("migrate-cli", "target", "migrate.jar").toAbsolutePath();
		if (!Files.isExecutable(launcher) || !Files.isRegularFile(jar)) {
			throw new IllegalStateException("Package migrate-cli first: " + launcher + " and " + jar + " are needed");
		}
		Workload workload = Workload.generate(1000, Files.createTempDirectory("migrate-cli-startup"));
		try (TestDatabase migrateDb = TestDatabase.create(); TestDatabase flywayDb = TestDatabase.create()) {
			Tools.named("migrate").applyAll(workload, target(migrateDb));
			Tools.named("flyway").applyAll(workload, target(flywayDb));
			Map<String, List<String>> commands = new LinkedHashMap<>();
			commands.put("migrate, launcher (CDS archive, -XX:TieredStopAtLevel=1, serial GC)",
					cli(List.of(launcher.toString()), workload, migrateDb));
			commands.put("migrate, java -jar migrate.jar (no flags)",
					cli(List.of(JAVA, "-jar", jar.toString()), workload, migrateDb));
			commands.put("Flyway API, fresh JVM (no flags)", toolProcess(List.of(), "flyway", workload, flywayDb));
			commands.put("Flyway API, fresh JVM, launcher's JIT/GC flags",
					toolProcess(SHORT_LIVED, "flyway", workload, flywayDb));
			commands.put("floor: connect, read one row (no flags)",
					toolProcess(List.of(), "floor-row", workload, migrateDb));
			commands.put("floor: connect, read one row, launcher's JIT/GC flags",
					toolProcess(SHORT_LIVED, "floor-row", workload, migrateDb));
			commands.put("floor: hash 1,000 files, connect, read checksums (no flags)",
					toolProcess(List.of(), "floor", workload, migrateDb));
			// The launcher's first run may write its archive; the warm-up absorbs it, and
			// the page cache holds every jar before the measured runs.
			for (List<String> command : commands.values()) {
				run(command);
			}
			Map<String, List<Double>> times = new LinkedHashMap<>();
			commands.keySet().forEach((name) -> times.put(name, new ArrayList<>()));
			List<String> order = new ArrayList<>(commands.keySet());
			for (int rep = 0; rep < repetitions; rep++) {
				Collections.rotate(order, 1);
				for (String name : order) {
					times.get(name).add(run(commands.get(name)));
				}
			}
			report(repetitions, times);
		}
	}

	private static void report(int repetitions, Map<String, List<Double>> times) {
		Map<String, Double> medians = new LinkedHashMap<>();
		times.forEach((name, values) -> medians.put(name, Stats.median(values)));
		double launcher = medians.values().iterator().next();
		System.out.println("## Fresh-JVM no-op start, 1,000 revisions applied (" + repetitions
				+ " runs each, rotating order, whole process wall time)");
		System.out.println();
		System.out.println("| command | median ms | ratio to the launcher |");
		System.out.println("|---|---:|---:|");
		medians.forEach((name, median) -> System.out
			.println(String.format("| %s | %.0f | %.2f |", name, median, median / launcher)));
	}

	private static List<String> cli(List<String> prefix, Workload workload, TestDatabase database) {
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of("--url", database.jdbcUrl(), "--user", database.user()));
		if (database.password() != null && !database.password().isEmpty()) {
			command.addAll(List.of("--password", database.password()));
		}
		command.addAll(List.of("--locations", "filesystem:" + workload.migrateDir(), "upgrade", "heads"));
		return command;
	}

	private static List<String> toolProcess(List<String> flags, String tool, Workload workload, TestDatabase database) {
		List<String> command = new ArrayList<>();
		command.add(JAVA);
		command.addAll(flags);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ToolProcess.class.getName(), tool, "noop",
				workload.root().toString(), String.valueOf(workload.size()), database.jdbcUrl(), database.user(),
				database.password()));
		return command;
	}

	private static double run(List<String> command) throws IOException, InterruptedException {
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			OutputStream err = System.err;
			err.write(output);
			throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", command));
		}
		return (System.nanoTime() - start) / 1e6;
	}

	private static Database target(TestDatabase database) {
		return new Database(database.jdbcUrl(), database.user(), database.password());
	}

}

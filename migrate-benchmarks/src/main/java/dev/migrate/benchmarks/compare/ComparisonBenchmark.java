package dev.migrate.benchmarks.compare;

import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Side-by-side comparison of migrate, Flyway, Liquibase and raw JDBC on the same
 * generated workload, in fresh databases on the same PostgreSQL server, in one run.
 * Ratios are computed pair by pair within each repetition (tool time / raw time of the
 * same repetition), then the median is taken, so drift of the machine over the run
 * cancels out.
 *
 * <p>
 * Run from the repository root (embedded PostgreSQL unless MIGRATE_TEST_DATABASE_URL is
 * set): <pre>
 * ./mvnw -q -pl migrate-benchmarks -am package -DskipTests
 * java -cp "migrate-benchmarks/target/classes:$(cat migrate-benchmarks/target/classpath.txt)" \
 *      dev.migrate.benchmarks.compare.ComparisonBenchmark [repetitions] [scenarios]
 * </pre> {@code scenarios} is a comma-separated subset of {@value #ALL_SCENARIOS}
 * (default: all), for a shorter run on a machine whose quiet moments are short.
 */
public final class ComparisonBenchmark {

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private static final String FLOOR = "floor";

	private static final String ALL_SCENARIOS = "apply100,apply1000,warm,fresh,memory,race";

	private final int repetitions;

	private final StringBuilder report = new StringBuilder();

	ComparisonBenchmark(int repetitions) {
		this.repetitions = repetitions;
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		List<String> scenarios = List.of((args.length > 1 ? args[1] : ALL_SCENARIOS).split(","));
		List<String> unknown = scenarios.stream().filter(s -> !List.of(ALL_SCENARIOS.split(",")).contains(s)).toList();
		if (!unknown.isEmpty()) {
			System.err.println("unknown scenarios " + unknown + "; choose from " + ALL_SCENARIOS);
			System.exit(2);
		}
		Path work = Files.createTempDirectory("migrate-benchmark");
		ComparisonBenchmark benchmark = new ComparisonBenchmark(repetitions);
		Workload small = Workload.generate(100, work.resolve("n100"));
		Workload large = Workload.generate(1000, work.resolve("n1000"));
		benchmark.line("# migrate vs Flyway vs Liquibase vs raw JDBC (" + repetitions + " repetitions, medians)");
		benchmark.line("");
		benchmark.line("Load average at the start: " + loadAverage());
		benchmark.line("");
		if (scenarios.contains("apply100")) {
			benchmark.applyAll(small, Tools.all());
		}
		if (scenarios.contains("apply1000")) {
			benchmark.applyAll(large, Tools.all());
		}
		if (scenarios.contains("warm")) {
			benchmark.warmScenarios(large, Tools.all());
		}
		if (scenarios.contains("fresh")) {
			benchmark.freshJvmNoOpStart(large);
		}
		if (scenarios.contains("memory")) {
			benchmark.peakMemory(large);
		}
		if (scenarios.contains("race")) {
			benchmark.race(small, 4);
		}
		benchmark.line("Load average at the end: " + loadAverage());
		benchmark.write("benchmark-results.md");
	}

	void write(String fileName) throws IOException {
		Path out = Path.of("migrate-benchmarks", "target", fileName);
		Files.createDirectories(out.getParent());
		Files.writeString(out, this.report);
		System.out.println("\n(written to " + out + ")");
	}

	/**
	 * Apply-all medians per tool, with each tool's ratio to raw JDBC of the same
	 * repetition. {@code tools} must include raw JDBC.
	 */
	void applyAll(Workload workload, List<Tool> tools) throws Exception {
		// Warm JVM means compiled code: three rounds per tool before measuring (one round
		// left the JIT
		// compiling during the measured small runs, on the cores the database server
		// needs too).
		for (int round = 0; round < 3; round++) {
			for (Tool tool : tools) {
				timeOnFreshDatabase(tool, workload);
			}
		}
		Map<String, List<Double>> times = new LinkedHashMap<>();
		Map<String, List<Double>> ratios = new LinkedHashMap<>();
		// Small runs are quick and noisy (raw JDBC alone swings by a factor of two):
		// measure more of them.
		int runs = workload.size() <= 100 ? Math.max(15, repetitions) : repetitions;
		for (int rep = 0; rep < runs; rep++) {
			Map<String, Double> thisRep = new LinkedHashMap<>();
			for (int k = 0; k < tools.size(); k++) {
				Tool tool = tools.get((k + rep) % tools.size()); // rotate the order: no
																	// tool always goes
																	// first
				thisRep.put(tool.name(), timeOnFreshDatabase(tool, workload));
			}
			double raw = thisRep.get("raw-jdbc");
			thisRep.forEach((name, ms) -> {
				times.computeIfAbsent(name, n -> new ArrayList<>()).add(ms);
				ratios.computeIfAbsent(name, n -> new ArrayList<>()).add(ms / raw);
			});
		}
		line("## Apply all " + workload.size() + " revisions to an empty database (warm JVM)");
		line("");
		line("| tool | median ms | median ratio to raw JDBC (pairwise) |");
		line("|---|---:|---:|");
		for (Tool tool : tools) {
			line(String.format("| %s | %.1f | %.2fx |", tool.name(), Stats.median(times.get(tool.name())),
					Stats.median(ratios.get(tool.name()))));
		}
		line("");
	}

	private double timeOnFreshDatabase(Tool tool, Workload workload) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			// The tools share this JVM's heap: without a collection here, the garbage one
			// tool leaves
			// (Flyway and Liquibase leave the most) is collected during whichever tool
			// runs next.
			System.gc();
			long start = System.nanoTime();
			tool.applyAll(workload, target(database));
			return (System.nanoTime() - start) / 1e6;
		}
	}

	void warmScenarios(Workload workload, List<Tool> tools) throws Exception {
		line("## No-op start and status with all " + workload.size() + " revisions applied (warm JVM)");
		line("");
		line("| tool | no-op start median ms | pending/status median ms (instance reused) |");
		line("|---|---:|---:|");
		List<Tool> measured = tools.stream().filter((tool) -> !(tool instanceof RawJdbcTool)).toList();
		List<TestDatabase> databases = new ArrayList<>();
		try {
			Map<Tool, Database> targets = new LinkedHashMap<>();
			for (Tool tool : measured) {
				TestDatabase database = TestDatabase.create();
				databases.add(database);
				targets.put(tool, target(database));
				tool.applyAll(workload, targets.get(tool));
			}
			Map<Tool, Double> noOp = interleavedMedians(measured,
					(tool) -> tool.noOpStart(workload, targets.get(tool)));
			Map<Tool, Double> status = interleavedMedians(measured, (tool) -> tool.status(workload, targets.get(tool)));
			for (Tool tool : measured) {
				line(String.format("| %s | %.1f | %.1f |", tool.name(), noOp.get(tool), status.get(tool)));
			}
		}
		finally {
			databases.forEach(TestDatabase::close);
		}
		line("");
	}

	/** One tool's run of a warm scenario. */
	@FunctionalInterface
	private interface ToolScenario {

		void run(Tool tool) throws Exception;

	}

	/**
	 * Each tool's median time of {@code scenario} in a warm JVM: thirty runs of each
	 * first (on 2 cores the JIT needs that long to compile the hot paths of every tool,
	 * each run loading and checking 1,000 migrations), then rounds that run every tool
	 * once, in an order rotated each round, so that the machine's drift and the JIT's
	 * late work hit all tools alike.
	 */
	private Map<Tool, Double> interleavedMedians(List<Tool> tools, ToolScenario scenario) throws Exception {
		for (Tool tool : tools) {
			for (int i = 0; i < 30; i++) {
				scenario.run(tool);
			}
		}
		Map<Tool, List<Double>> times = new LinkedHashMap<>();
		tools.forEach((tool) -> times.put(tool, new ArrayList<>()));
		List<Tool> order = new ArrayList<>(tools);
		for (int round = 0; round < Math.max(30, 6 * repetitions); round++) {
			for (Tool tool : order) {
				long start = System.nanoTime();
				scenario.run(tool);
				times.get(tool).add((System.nanoTime() - start) / 1e6);
			}
			Collections.rotate(order, 1);
		}
		Map<Tool, Double> medians = new LinkedHashMap<>();
		times.forEach((tool, values) -> medians.put(tool, Stats.median(values)));
		return medians;
	}

	private void freshJvmNoOpStart(Workload workload) throws Exception {
		line("## No-op start with all " + workload.size() + " revisions applied, fresh JVM (whole process)");
		line("");
		line("| tool | median ms |");
		line("|---|---:|");
		for (Tool tool : Tools.all()) {
			if (tool instanceof RawJdbcTool) {
				continue;
			}
			try (TestDatabase database = TestDatabase.create()) {
				tool.applyAll(workload, target(database));
				List<Double> times = new ArrayList<>();
				for (int rep = 0; rep < repetitions; rep++) {
					times.add(child(tool, "noop", workload, database).millis());
				}
				line(String.format("| %s | %.0f |", tool.name(), Stats.median(times)));
			}
		}
		try (TestDatabase database = TestDatabase.create()) {
			Tools.named("migrate").applyAll(workload, target(database));
			List<Double> times = new ArrayList<>();
			for (int rep = 0; rep < repetitions; rep++) {
				times.add(child(FLOOR, "noop", workload, database).millis());
			}
			line(String.format("| floor: no tool, read and SHA-256 every file, connect, read the checksums | %.0f |",
					Stats.median(times)));
		}
		line("");
	}

	private void peakMemory(Workload workload) throws Exception {
		line("## Peak RSS of a fresh JVM applying " + workload.size() + " revisions");
		line("");
		line("| tool | peak RSS MB |");
		line("|---|---:|");
		for (Tool tool : Tools.all()) {
			List<Double> peaks = new ArrayList<>();
			for (int rep = 0; rep < Math.min(3, repetitions); rep++) {
				try (TestDatabase database = TestDatabase.create()) {
					peaks.add(child(tool, "apply", workload, database).peakRssKb() / 1024.0);
				}
			}
			line(String.format("| %s | %.0f |", tool.name(), Stats.median(peaks)));
		}
		line("");
	}

	private void race(Workload workload, int racers) throws Exception {
		Tool migrate = Tools.named("migrate");
		List<Double> single = new ArrayList<>();
		List<Double> firstOfRace = new ArrayList<>();
		List<Double> lastOfRace = new ArrayList<>();
		int failures = 0;
		for (int rep = 0; rep < repetitions; rep++) {
			try (TestDatabase database = TestDatabase.create()) {
				single.add(child(migrate, "apply", workload, database).millis());
			}
			try (TestDatabase database = TestDatabase.create()) {
				List<Process> processes = new ArrayList<>();
				long start = System.nanoTime();
				for (int i = 0; i < racers; i++) {
					processes.add(startChild(migrate, "apply", workload, database));
				}
				// Each racer's own finishing time: onExit completes when that process
				// ends, whichever
				// order they end in.
				List<java.util.concurrent.CompletableFuture<Double>> finished = new ArrayList<>();
				for (Process process : processes) {
					finished.add(process.onExit().thenApply(p -> (System.nanoTime() - start) / 1e6));
				}
				double first = Double.MAX_VALUE;
				double last = 0;
				for (int i = 0; i < racers; i++) {
					Process process = processes.get(i);
					process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
					if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
						failures++;
					}
					double at = finished.get(i).join();
					first = Math.min(first, at);
					last = Math.max(last, at);
				}
				firstOfRace.add(first);
				lastOfRace.add(last);
			}
		}
		line("## " + racers + " processes racing to apply " + workload.size() + " revisions to one empty database");
		line("");
		line("| single process median ms | first of " + racers + " median ms | last of " + racers
				+ " median ms | last minus single ms | failed racers |");
		line("|---:|---:|---:|---:|---:|");
		line(String.format("| %.0f | %.0f | %.0f | %.0f | %d of %d |", Stats.median(single), Stats.median(firstOfRace),
				Stats.median(lastOfRace), Stats.median(lastOfRace) - Stats.median(single), failures,
				racers * repetitions));
		line("");
	}

	private record ChildResult(double millis, long peakRssKb) {
	}

	private ChildResult child(Tool tool, String scenario, Workload workload, TestDatabase database)
			throws IOException, InterruptedException {
		return child(tool.name(), scenario, workload, database);
	}

	private ChildResult child(String tool, String scenario, Workload workload, TestDatabase database)
			throws IOException, InterruptedException {
		long start = System.nanoTime();
		Process process = startChild(tool, scenario, workload, database);
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(tool + " " + scenario + " failed:\n" + output);
		}
		double millis = (System.nanoTime() - start) / 1e6;
		long peak = output.lines()
			.filter(l -> l.startsWith("VmHWM_KB "))
			.mapToLong(l -> Long.parseLong(l.substring(9)))
			.findFirst()
			.orElse(-1);
		return new ChildResult(millis, peak);
	}

	private static Process startChild(Tool tool, String scenario, Workload workload, TestDatabase database)
			throws IOException {
		return startChild(tool.name(), scenario, workload, database);
	}

	private static Process startChild(String tool, String scenario, Workload workload, TestDatabase database)
			throws IOException {
		return new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"), ToolProcess.class.getName(), tool,
				scenario, workload.root().toString(), String.valueOf(workload.size()), database.jdbcUrl(),
				database.user(), database.password())
			.redirectErrorStream(true)
			.start();
	}

	private static Database target(TestDatabase database) {
		return new Database(database.jdbcUrl(), database.user(), database.password());
	}

	/**
	 * The 1, 5 and 15 minute load averages ({@code /proc/loadavg}): on a shared machine
	 * they say how far the figures of a run can be trusted.
	 */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + ", " + fields[1] + ", " + fields[2];
		}
		catch (IOException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	void line(String text) {
		System.out.println(text);
		report.append(text).append('\n');
	}

}

package dev.migrate.benchmarks.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds of migrate side by side in one run, on the comparison benchmark's workload and
 * scenarios (apply all at N = 100 and 1,000 with ratios to raw JDBC, warm no-op start and
 * pending): used to show that a refactoring kept the engine's speed (docs/benchmarks.md).
 * Each build's {@code migrate-core/target/classes} is loaded in a class loader of its
 * own. <pre>
 * java -cp "migrate-benchmarks/target/classes:$(cat migrate-benchmarks/target/classpath.txt)" \
 *      dev.migrate.benchmarks.compare.BuildComparison REPETITIONS before=BEFORE_CLASSES after=AFTER_CLASSES
 * </pre>
 */
public final class BuildComparison {

	private BuildComparison() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		if (args.length < 3) {
			System.err.println("usage: BuildComparison REPETITIONS NAME=CORE_CLASSES NAME=CORE_CLASSES...");
			System.exit(2);
		}
		int repetitions = Integer.parseInt(args[0]);
		List<Tool> tools = new ArrayList<>();
		tools.add(new RawJdbcTool());
		List<String> builds = new ArrayList<>();
		for (String build : Arrays.asList(args).subList(1, args.length)) {
			int eq = build.indexOf('=');
			tools.add(new BuildTool("migrate " + build.substring(0, eq), Path.of(build.substring(eq + 1))));
			builds.add("- migrate " + build.substring(0, eq) + ": " + build.substring(eq + 1));
		}
		Path work = Files.createTempDirectory("migrate-build-comparison");
		ComparisonBenchmark benchmark = new ComparisonBenchmark(repetitions);
		benchmark.line("# migrate builds side by side (" + repetitions + " repetitions, medians)");
		benchmark.line("");
		builds.forEach(benchmark::line);
		benchmark.line("");
		benchmark.line("Load average at the start: " + ComparisonBenchmark.loadAverage());
		benchmark.line("");
		benchmark.applyAll(Workload.generate(100, work.resolve("n100")), tools);
		Workload large = Workload.generate(1000, work.resolve("n1000"));
		benchmark.applyAll(large, tools);
		benchmark.warmScenarios(large, tools);
		benchmark.line("Load average at the end: " + ComparisonBenchmark.loadAverage());
		benchmark.write("build-comparison.md");
	}

}

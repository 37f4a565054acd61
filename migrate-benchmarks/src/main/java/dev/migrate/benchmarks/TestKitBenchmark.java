package dev.migrate.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.migrate.test.Check;
import dev.migrate.test.MigrationChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The test kit's checks over the repository's realistic corpus (320 revisions of
 * migrate-core's {@code db/realistic}: branches, merges, dependencies, 15 revisions
 * without a downgrade), on embedded PostgreSQL, side by side in one run: the stairway
 * with the no-trace comparison (three catalog snapshots per revision) and without it
 * (what the engine's up, down, up costs alone), then the other checks. Run from the
 * repository root:
 *
 * <pre>
 * ./mvnw -q -pl migrate-benchmarks -am package -DskipTests
 * cd migrate-benchmarks && java -cp "target/classes:$(cat target/classpath.txt)" dev.migrate.benchmarks.TestKitBenchmark
 * </pre>
 */
public final class TestKitBenchmark {

	static final String CORPUS = "filesystem:../migrate-core/src/test/resources/db/realistic";

	private TestKitBenchmark() {
	}

	public static void main(String[] args) {
		if (!Files.isDirectory(Path.of("../migrate-core/src/test/resources/db/realistic"))) {
			throw new IllegalStateException("Run from migrate-benchmarks/: the corpus is read from " + CORPUS);
		}
		// A first, untimed run warms the JVM and starts the embedded server.
		run(Warmup.class);
		String loadBefore = loadAverage();
		Map<String, Long> others = run(OtherChecks.class);
		Map<String, Long> withoutTrace = run(StairwayWithoutNoTrace.class);
		Map<String, Long> withTrace = run(StairwayWithNoTrace.class);
		Map<String, Long> withTracePast = run(StairwayWithNoTracePastTheBackfill.class);
		String loadAfter = loadAverage();
		System.out.println();
		System.out.printf("%-55s %10s%n", "check (320 revisions)", "ms");
		others.forEach((name, ms) -> System.out.printf("%-55s %10d%n", name, ms));
		print("stairway, up + down + up only", withoutTrace);
		print("stairway, up + down + up + no-trace snapshots", withTrace);
		print("the same, 88145d4a47ec listed as irreversible", withTracePast);
		System.out.println("load average (1, 5, 15 min) before: " + loadBefore + ", after: " + loadAfter);
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	private static void print(String label, Map<String, Long> times) {
		System.out.printf("%-55s %10d%n", label, times.getOrDefault(Check.STAIRWAY.displayName(), -1L));
	}

	private static Map<String, Long> run(Class<?> testClass) {
		Map<String, Long> started = new ConcurrentHashMap<>();
		Map<String, Long> elapsed = new java.util.LinkedHashMap<>();
		List<String> failures = new ArrayList<>();
		Launcher launcher = LauncherFactory.create();
		launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
				new TestExecutionListener() {

					@Override
					public void executionStarted(TestIdentifier id) {
						started.put(id.getUniqueId(), System.nanoTime());
					}

					@Override
					public void executionFinished(TestIdentifier id, TestExecutionResult result) {
						long ms = (System.nanoTime() - started.get(id.getUniqueId())) / 1_000_000;
						if (!id.getUniqueId().contains("[revision:")) {
							elapsed.put(id.getDisplayName(), ms);
						}
						if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
							failures.add(id.getDisplayName() + ": " + result.getStatus() + " "
									+ result.getThrowable().map(Throwable::getMessage).orElse(""));
						}
					}

				});
		failures.forEach(failure -> System.out.println(testClass.getSimpleName() + " " + failure));
		return elapsed;
	}

	@MigrationChecks(locations = CORPUS, only = Check.SINGLE_HEAD)
	static final class Warmup {

	}

	@MigrationChecks(locations = CORPUS, only = Check.STAIRWAY, allowIrreversible = true)
	static final class StairwayWithNoTrace {

	}

	/**
	 * The corpus's backfill {@code 88145d4a47ec} changes rows its downgrade does not
	 * restore (the no-trace check's finding); listed as irreversible, the stairway goes
	 * on past it.
	 */
	@MigrationChecks(locations = CORPUS, only = Check.STAIRWAY, allowIrreversible = true, irreversible = "88145d4a47ec")
	static final class StairwayWithNoTracePastTheBackfill {

	}

	@MigrationChecks(locations = CORPUS, only = Check.STAIRWAY, skip = Check.NO_TRACE, allowIrreversible = true)
	static final class StairwayWithoutNoTrace {

	}

	@MigrationChecks(locations = CORPUS, skip = Check.STAIRWAY)
	static final class OtherChecks {

	}

}

package dev.migrate.benchmarks;

import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.revision.RevisionScript;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plain harness for {@link GraphBenchmark}'s measurement (build + heads + full upgrade
 * plan from an empty database), printing per shape and size the median, fastest and
 * 90th-percentile wall time, and the median CPU time of the measuring thread. On a shared
 * machine wall time includes waiting for a CPU; the CPU column is the work itself
 * (garbage collection runs on other threads and is in wall time only). Run (from the
 * repository root): <pre>
 * ./mvnw -q -pl migrate-benchmarks -am -DskipTests install &amp;&amp; ./mvnw -q -pl migrate-benchmarks exec:java \
 *     -Dexec.mainClass=dev.migrate.benchmarks.GraphBenchmarkMain
 * </pre> Optional arguments: warm-up rounds and measured rounds per case (default 30 and
 * 51).
 */
public final class GraphBenchmarkMain {

	private static final int[] SIZES = { 1_000, 10_000 };

	private GraphBenchmarkMain() {
	}

	public static void main(String[] args) {
		int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 51;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		System.out.printf(Locale.ROOT,
				"build + heads + full upgrade plan; %d warm-up and %d measured rounds per case;" + " %s %s, %d cpus%n",
				warmup, rounds, System.getProperty("java.vm.name"), System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "%-8s %7s %6s %11s %9s %9s %12s%n", "shape", "size", "steps", "median ms",
				"min ms", "p90 ms", "cpu med ms");
		for (GraphShapes.Shape shape : GraphShapes.Shape.values()) {
			for (int size : SIZES) {
				List<RevisionScript> revisions = GraphShapes.generate(shape, size);
				int steps = 0;
				for (int i = 0; i < warmup; i++) {
					steps = run(revisions).steps().size();
				}
				long[] wall = new long[rounds];
				long[] cpu = new long[rounds];
				for (int i = 0; i < rounds; i++) {
					long cpuStart = threads.getCurrentThreadCpuTime();
					long start = System.nanoTime();
					steps = run(revisions).steps().size();
					wall[i] = System.nanoTime() - start;
					cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
				}
				Arrays.sort(wall);
				Arrays.sort(cpu);
				System.out.printf(Locale.ROOT, "%-8s %7d %6d %11.2f %9.2f %9.2f %12.2f%n",
						shape.name().toLowerCase(Locale.ROOT), size, steps, millis(wall[rounds / 2]), millis(wall[0]),
						millis(wall[rounds * 9 / 10]), millis(cpu[rounds / 2]));
			}
		}
	}

	private static MigrationPlan run(List<RevisionScript> revisions) {
		RevisionGraph graph = RevisionGraph.of(revisions);
		if (graph.heads().isEmpty()) {
			throw new IllegalStateException("a non-empty graph without heads");
		}
		return graph.planUpgrade(Set.of(), "heads");
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

}

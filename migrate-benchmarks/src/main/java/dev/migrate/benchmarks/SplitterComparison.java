package dev.migrate.benchmarks;

import dev.migrate.benchmarks.compare.Workload;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds of the statement splitter side by side in one JVM: each build's
 * {@code migrate-core} classes in a class loader of its own, rounds alternating between
 * them, every round splitting every file of the N-revision workload and timing the
 * thread's CPU time. Used to check that a change to the lexer keeps the load path's cost
 * (docs/benchmarks.md):
 * {@code java -cp ... dev.migrate.benchmarks.SplitterComparison BEFORE_CLASSES AFTER_CLASSES DIR N ROUNDS}.
 *
 * <p>
 * The splitter is reached by name because it is private API; both builds must have
 * {@code dev.migrate.internal.source.SqlStatementSplitter.split(String, String, int)}.
 */
public final class SplitterComparison {

	private static final String SPLITTER = "dev.migrate.internal.source.SqlStatementSplitter";

	/**
	 * CPU time of the measuring thread, not wall time: on a shared machine wall time
	 * mostly measures how long the thread waited for a core.
	 */
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private SplitterComparison() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[2]);
		int size = Integer.parseInt(args[3]);
		int rounds = Integer.parseInt(args[4]);
		Workload workload = Files.isDirectory(root.resolve("migrate")) ? Workload.existing(size, root)
				: Workload.generate(size, root);
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(workload.migrateDir())) {
			for (Path file : files.sorted().toList()) {
				texts.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		Method[] split = { splitter(args[0]), splitter(args[1]) };
		double[][] millis = new double[2][rounds];
		int[] statements = new int[2];
		for (int round = 0; round < rounds; round++) {
			// Alternate which build goes first, so neither always runs on a warmer cache.
			for (int k = 0; k < 2; k++) {
				int build = (round + k) % 2;
				long start = THREADS.getCurrentThreadCpuTime();
				int count = 0;
				for (String text : texts) {
					count += ((List<?>) split[build].invoke(null, text, "bench.sql", 1)).size();
				}
				millis[build][round] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
				statements[build] = count;
			}
		}
		if (statements[0] != statements[1]) {
			throw new IllegalStateException(
					"the builds split differently: " + statements[0] + " vs " + statements[1] + " statements");
		}
		// Pair by pair: both builds of a round ran back to back, under the same load.
		double[] ratios = new double[rounds - 1];
		for (int round = 1; round < rounds; round++) {
			ratios[round - 1] = millis[1][round] / millis[0][round];
		}
		Arrays.sort(ratios);
		System.out.printf(Locale.ROOT, "after/before, median of per-round ratios: %.3f%n", ratios[ratios.length / 2]);
		for (int build = 0; build < 2; build++) {
			double[] warm = Arrays.copyOfRange(millis[build], 1, rounds);
			Arrays.sort(warm);
			System.out.printf(Locale.ROOT,
					"%s: first round %.1f ms, median of %d later rounds %.2f ms (%d files," + " %d statements)%n",
					build == 0 ? "before" : "after", millis[build][0], warm.length, warm[warm.length / 2], texts.size(),
					statements[build]);
		}
	}

	private static Method splitter(String classes) throws Exception {
		URLClassLoader loader = new URLClassLoader(new URL[] { Path.of(classes).toUri().toURL() },
				ClassLoader.getPlatformClassLoader());
		return loader.loadClass(SPLITTER).getMethod("split", String.class, String.class, int.class);
	}

}

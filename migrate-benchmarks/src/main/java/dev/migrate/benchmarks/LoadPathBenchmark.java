package dev.migrate.benchmarks;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.benchmarks.compare.Workload;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The load path of N SQL revisions without a database: create the engine, read and parse
 * every file, split every section into statements and render the offline script
 * ({@code upgradeSql("heads")}). What an apply pays before its first statement, and the
 * path the statement splitter and the dialect's lexing sit on.
 *
 * <p>
 * One child JVM per measurement, so the first round is a cold start (class loading,
 * interpreter, JIT) and the median of the later rounds the warm cost. Compare two builds
 * by running it alternately with each build's {@code migrate-core} classes on the
 * classpath (docs/benchmarks.md):
 * {@code java -cp ... dev.migrate.benchmarks.LoadPathBenchmark DIR N ROUNDS}. The
 * workload ({@link Workload}) is written to {@code DIR} when it is not there yet.
 */
public final class LoadPathBenchmark {

	private LoadPathBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]);
		int size = Integer.parseInt(args[1]);
		int rounds = Integer.parseInt(args[2]);
		Workload workload = Files.isDirectory(root.resolve("migrate")) ? Workload.existing(size, root)
				: Workload.generate(size, root);
		double[] millis = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			long start = System.nanoTime();
			// Offline rendering never connects: the url only satisfies the configuration.
			Migrate
				.create(MigrateConfig.builder()
					.url("jdbc:postgresql://127.0.0.1:1/offline")
					.locations("filesystem:" + workload.migrateDir())
					.build())
				.upgradeSql("heads", Writer.nullWriter());
			millis[round] = (System.nanoTime() - start) / 1e6;
		}
		double[] warm = Arrays.copyOfRange(millis, 1, rounds);
		Arrays.sort(warm);
		System.out.printf(Locale.ROOT, "cold %.1f ms, warm median %.2f ms (%d rounds)%n", millis[0],
				warm.length == 0 ? Double.NaN : warm[warm.length / 2], rounds - 1);
	}

}

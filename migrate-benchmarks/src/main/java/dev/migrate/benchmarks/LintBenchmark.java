package dev.migrate.benchmarks;

import dev.migrate.Direction;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.lint.Linter;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.RevisionLoader;
import dev.migrate.internal.source.SqlMigration;
import dev.migrate.result.LintReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long {@code migrate lint base:heads} spends on a realistic history: the 320-file
 * corpus of migrate-core's tests ({@code src/test/resources/db/realistic}). Three stages
 * are timed side by side in every round, so the lint's own cost is read against the floor
 * every command pays:
 * <ol>
 * <li>load: read and split every file ({@code RevisionLoader});</li>
 * <li>plan: load, build the graph and plan {@code base:heads};</li>
 * <li>lint: load, plan and lint every revision with the built-in rules.</li>
 * </ol>
 * Run with
 * {@code java dev.migrate.benchmarks.LintBenchmark [DIRECTORY] [WARMUP] [ROUNDS]}.
 */
public final class LintBenchmark {

	static final Path DEFAULT_CORPUS = Path.of("migrate-core/src/test/resources/db/realistic");

	/**
	 * Medians of one run.
	 *
	 * @param revisions revisions linted per round
	 * @param statements statements linted per round
	 * @param findings findings per round (suppressed included)
	 * @param loadMillis median of load
	 * @param planMillis median of load + plan
	 * @param lintMillis median of load + plan + lint
	 * @param rounds measured rounds
	 */
	public record Result(int revisions, int statements, int findings, double loadMillis, double planMillis,
			double lintMillis, int rounds) {

		/** The lint's own share: lint minus plan. */
		public double lintOnlyMillis() {
			return lintMillis - planMillis;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"%d revisions, %d statements, %d findings; median of %d rounds: load %.2f ms, load+plan %.2f ms, "
							+ "load+plan+lint %.2f ms (lint alone %.2f ms, %.1f µs per statement)",
					revisions, statements, findings, rounds, loadMillis, planMillis, lintMillis, lintOnlyMillis(),
					lintOnlyMillis() * 1000 / statements);
		}
	}

	private LintBenchmark() {
	}

	public static void main(String[] args) {
		Path corpus = args.length > 0 ? Path.of(args[0]) : DEFAULT_CORPUS;
		int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 31;
		System.out.println(run(corpus, warmup, rounds));
	}

	/**
	 * Runs {@code warmup} unmeasured and {@code rounds} measured rounds of the three
	 * stages.
	 */
	public static Result run(Path corpus, int warmup, int rounds) {
		String location = "filesystem:" + corpus.toAbsolutePath();
		Linter linter = Linter.withDefaults();
		List<Double> load = new ArrayList<>();
		List<Double> plan = new ArrayList<>();
		List<Double> lint = new ArrayList<>();
		LintReport report = null;
		int statements = 0;
		for (int round = 0; round < warmup + rounds; round++) {
			long start = System.nanoTime();
			List<RevisionScript> loaded = load(location);
			double loadMillis = millisSince(start);

			start = System.nanoTime();
			planOf(load(location));
			double planMillis = millisSince(start);

			start = System.nanoTime();
			report = linter.lint(planOf(load(location)));
			double lintMillis = millisSince(start);

			if (round >= warmup) {
				load.add(loadMillis);
				plan.add(planMillis);
				lint.add(lintMillis);
			}
			statements = loaded.stream()
				.mapToInt(revision -> revision.migration() instanceof SqlMigration sql ? sql.upgradeStatements().size()
						: 0)
				.sum();
		}
		return new Result(report.revisions().size(), statements, report.findings().size(), median(load), median(plan),
				median(lint), rounds);
	}

	private static List<RevisionScript> load(String location) {
		return RevisionLoader.builder().locations(location).build().load();
	}

	private static MigrationPlan planOf(List<RevisionScript> revisions) {
		return RevisionGraph.of(revisions).planRange(Direction.UPGRADE, "base:heads");
	}

	private static double millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000.0;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}

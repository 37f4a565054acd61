package dev.migrate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * One quick round of the lint benchmark on the realistic corpus, so the harness keeps
 * working; the figures in docs/benchmarks.md come from {@link LintBenchmark#main}.
 */
class LintBenchmarkTest {

	@Test
	void lintsEveryRevisionOfTheRealisticCorpus() {
		LintBenchmark.Result result = LintBenchmark.run(Path.of("..").resolve(LintBenchmark.DEFAULT_CORPUS), 0, 1);

		assertThat(result.revisions()).isEqualTo(320);
		assertThat(result.statements()).isGreaterThan(320);
		assertThat(result.findings()).isPositive();
	}

}

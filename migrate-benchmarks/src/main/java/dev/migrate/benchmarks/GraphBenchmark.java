package dev.migrate.benchmarks;

import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.revision.RevisionScript;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: the startup path of an upgrade on an empty database, i.e. build and validate the
 * graph, read its heads, and plan every revision. Must stay linear and well under 100 ms
 * at 10,000 revisions.
 *
 * <p>
 * Run (from the repository root): <pre>
 * ./mvnw -q -pl migrate-benchmarks -am -DskipTests install &amp;&amp; ./mvnw -q -pl migrate-benchmarks exec:exec \
 *     -Dexec.executable=java -Dexec.args="-cp %classpath org.openjdk.jmh.Main GraphBenchmark"
 * </pre> {@link GraphBenchmarkMain} gives the same measurement without JMH, as medians.
 * Ten warm-up seconds because on a busy 2-core machine the 10,000-revision case ran for
 * about six seconds before the JIT had compiled its loops.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GraphBenchmark {

	@Param({ "LINEAR", "BRANCHY" })
	public GraphShapes.Shape shape;

	@Param({ "1000", "10000" })
	public int size;

	private List<RevisionScript> revisions;

	@Setup
	public void generate() {
		revisions = GraphShapes.generate(shape, size);
	}

	@Benchmark
	public MigrationPlan buildHeadsAndFullPlan(Blackhole blackhole) {
		RevisionGraph graph = RevisionGraph.of(revisions);
		blackhole.consume(graph.heads());
		return graph.planUpgrade(Set.of(), "heads");
	}

}

package dev.migrate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.graph.RevisionGraph;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark graphs must be what the benchmark claims to measure. */
class GraphShapesTest {

	@Test
	void linearIsOneChainOfExactlyTheSize() {
		RevisionGraph graph = RevisionGraph.of(GraphShapes.generate(GraphShapes.Shape.LINEAR, 1000));

		assertThat(graph.size()).isEqualTo(1000);
		assertThat(graph.heads()).hasSize(1);
		assertThat(graph.bases()).hasSize(1);
		assertThat(graph.planUpgrade(Set.of(), "heads").steps()).hasSize(1000);
	}

	@Test
	void branchyHasForksMergesDependenciesAndTwoBases() {
		RevisionGraph graph = RevisionGraph.of(GraphShapes.generate(GraphShapes.Shape.BRANCHY, 1000));

		assertThat(graph.size()).isEqualTo(1000);
		assertThat(graph.bases()).hasSize(2);
		assertThat(graph.mergePoints()).hasSizeGreaterThan(100);
		assertThat(graph.branchPoints()).hasSizeGreaterThan(100);
		assertThat(graph.revisions()).filteredOn(r -> !r.dependsOn().isEmpty()).hasSizeGreaterThan(200);
		assertThat(graph.planUpgrade(Set.of(), "heads").steps()).hasSize(1000);
		assertThat(graph.resolve("billing@head").id()).isNotEqualTo(graph.resolve("core@head").id());
	}

	@Test
	void generationIsRepeatable() {
		assertThat(GraphShapes.generate(GraphShapes.Shape.BRANCHY, 500))
			.isEqualTo(GraphShapes.generate(GraphShapes.Shape.BRANCHY, 500));
	}

}

package dev.migrate.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StampTest {

	@Test
	void stampMovesTheLineUpOrDown() {
		RevisionGraph graph = Graphs.linear();

		assertThat(graph.stampHeads(Set.of("c2"), List.of("c4"))).containsExactly("c4");
		assertThat(graph.stampHeads(Set.of("c4"), List.of("c1"))).containsExactly("c1");
		assertThat(graph.stampHeads(Set.of("c4"), List.of("base"))).isEmpty();
		assertThat(graph.stampHeads(Set.of(), List.of("head"))).containsExactly("c5");
		assertThat(graph.stampHeads(Set.of("c2"), List.of("+2"))).containsExactly("c4");
	}

	@Test
	void stampLeavesUntouchedBranchesAlone() {
		RevisionGraph graph = Graphs.fork();

		assertThat(graph.stampHeads(Set.of("a2", "b1"), List.of("b2"))).containsExactly("a2", "b2");
		assertThat(graph.stampHeads(Set.of("a2", "b2"), List.of("a1"))).containsExactly("a1", "b2");
		assertThat(graph.stampHeads(Set.of("a2", "b2"), List.of("beta@base"))).containsExactly("a2");
	}

	@Test
	void stampingOneParentOfAMergeMovesOnlyThatLine() {
		// Alembic replaces every head sharing a line with the target ({a1}); the b line
		// was applied up to b2 and stays so.
		assertThat(Graphs.diamond().stampHeads(Set.of("m"), List.of("a1"))).containsExactly("a1", "b2");
		assertThat(Graphs.diamond().stampHeads(Set.of("m"), List.of("alpha@base"))).containsExactly("b2");
	}

	@Test
	void stampRecordsDependenciesAsTheirOwnHeads() {
		RevisionGraph graph = Graphs.twoBases();

		assertThat(graph.stampHeads(Set.of(), List.of("y2"))).containsExactly("x2", "y2");
		assertThat(graph.stampHeads(Set.of(), List.of("heads"))).containsExactly("x2", "y3");
		assertThat(graph.stampHeads(Set.of("x2", "y3"), List.of("y1"))).containsExactly("x2", "y1");
	}

	@Test
	void stampingADependencyBackDropsWhatDependsOnIt() {
		assertThat(Graphs.twoBases().stampHeads(Set.of("x2", "y3"), List.of("x1"))).containsExactly("x1", "y1");
		assertThat(Graphs.twoBases().stampHeads(Set.of("x2", "y3"), List.of("billing@base"))).containsExactly("y1");
	}

	@Test
	void severalTargetsAreStampedTogetherInAnyOrder() {
		RevisionGraph graph = Graphs.fork();

		assertThat(graph.stampHeads(Set.of(), List.of("a1", "b2"))).containsExactly("a1", "b2");
		assertThat(graph.stampHeads(Set.of(), List.of("b2", "a1"))).containsExactly("a1", "b2");
	}

	@Test
	void purgingMeansStampingWithNoCurrentHeads() {
		assertThat(Graphs.fork().stampHeads(Set.of(), List.of("a1"))).containsExactly("a1");
	}

	@Test
	void stampTargetsOnOneLineContradictEachOther() {
		assertThatThrownBy(() -> Graphs.linear().stampHeads(Set.of(), List.of("c2", "c4")))
			.isInstanceOfSatisfying(OverlappingHeadsException.class, e -> {
				assertThat(e.ancestorId()).isEqualTo("c2");
				assertThat(e.descendantId()).isEqualTo("c4");
			})
			.hasMessageContaining("Cannot stamp both c2 and c4");
		assertThatThrownBy(() -> Graphs.twoBases().stampHeads(Set.of(), List.of("x1", "y3")))
			.isInstanceOfSatisfying(OverlappingHeadsException.class, e -> {
				assertThat(e.ancestorId()).isEqualTo("x1");
				assertThat(e.descendantId()).isEqualTo("y3");
			});
	}

	@Test
	void stampingABranchAwayWhileKeepingSomethingThatNeedsItIsRejected() {
		assertThatThrownBy(() -> Graphs.twoBases().stampHeads(Set.of(), List.of("billing@base", "y2")))
			.isInstanceOfSatisfying(OverlappingHeadsException.class, e -> {
				assertThat(e.ancestorId()).isEqualTo("x1");
				assertThat(e.descendantId()).isEqualTo("y2");
			})
			.hasMessageContaining("'billing@base'")
			.hasMessageContaining("'y2'");
	}

	@Test
	void stampValidatesTheRecordedHeadsUnlessPurging() {
		assertThatThrownBy(() -> Graphs.linear().stampHeads(Set.of("gone"), List.of("c1")))
			.isInstanceOf(UnknownCurrentHeadException.class)
			.hasMessageContaining("gone");
	}

}

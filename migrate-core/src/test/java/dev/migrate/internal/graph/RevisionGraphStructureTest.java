package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.ids;
import static dev.migrate.internal.graph.Revisions.rev;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphStructureTest {

	@Test
	void linearGraphHasOneHeadOneBaseAndNoForks() {
		RevisionGraph graph = Graphs.linear();

		assertThat(ids(graph.heads())).containsExactly("c5");
		assertThat(ids(graph.bases())).containsExactly("c1");
		assertThat(graph.branchPoints()).isEmpty();
		assertThat(graph.mergePoints()).isEmpty();
		assertThat(graph.size()).isEqualTo(5);
	}

	@Test
	void diamondHasBranchPointAndMergePoint() {
		RevisionGraph graph = Graphs.diamond();

		assertThat(ids(graph.heads())).containsExactly("m");
		assertThat(ids(graph.bases())).containsExactly("r0");
		assertThat(ids(graph.branchPoints())).containsExactly("r0");
		assertThat(ids(graph.mergePoints())).containsExactly("m");
		assertThat(ids(graph.children("r0"))).containsExactly("a1", "b1");
	}

	@Test
	void dependsOnNeitherMergesNorHidesAHead() {
		RevisionGraph graph = Graphs.twoBases();

		assertThat(ids(graph.heads())).containsExactly("x2", "y3");
		assertThat(ids(graph.bases())).containsExactly("x1", "y1");
		assertThat(graph.mergePoints()).isEmpty();
		assertThat(graph.branchPoints()).isEmpty();
	}

	@Test
	void ancestorsIncludeDependenciesAndDescendantsIncludeDependents() {
		RevisionGraph graph = Graphs.twoBases();

		assertThat(ids(graph.ancestors("y3"))).containsExactly("y2", "y1", "x2", "x1");
		assertThat(ids(graph.descendants("x2"))).containsExactly("y3", "y2");
		assertThat(ids(graph.descendants("y3"))).isEmpty();
		assertThat(ids(graph.ancestors("x1"))).isEmpty();
	}

	@Test
	void historyIsNewestFirstAndFinishesOneBranchBeforeTheOther() {
		assertThat(ids(Graphs.diamond().history())).containsExactly("m", "b2", "b1", "a2", "a1", "r0");
		assertThat(ids(Graphs.twoBases().history())).containsExactly("y3", "y2", "y1", "x2", "x1");
	}

	@Test
	void historyDoesNotDependOnTheOrderRevisionsAreGivenIn() {
		List<dev.migrate.internal.revision.RevisionScript> revisions = new ArrayList<>(List.of(rev("r0"),
				rev("a1", "r0"), rev("a2", "a1"), rev("b1", "r0"), rev("b2", "b1"), rev("m", "a2", "b2")));
		List<String> expected = ids(RevisionGraph.of(revisions).history());
		Collections.reverse(revisions);

		assertThat(ids(RevisionGraph.of(revisions).history())).isEqualTo(expected);
	}

	@Test
	void mergeParentsAreVisitedInDeclarationOrder() {
		RevisionGraph graph = Revisions.graph(rev("r0"), rev("a1", "r0"), rev("b1", "r0"), rev("m", "b1", "a1"));

		assertThat(ids(graph.history())).containsExactly("m", "a1", "b1", "r0");
	}

	@Test
	void dependenciesOnAnotherLineAreTakenBeforeTheDependentsOwnLine() {
		RevisionGraph graph = Revisions.graph(rev("a1"), Revisions.revision("a2").revises("a1").dependsOn("z1").build(),
				rev("z1"), rev("z2", "z1"));

		assertThat(ids(graph.history())).containsExactly("z2", "a2", "a1", "z1");
	}

	@Test
	void getFindsExactIdsOnly() {
		RevisionGraph graph = Graphs.linear();

		assertThat(graph.get("c3")).map(r -> r.id()).contains("c3");
		assertThat(graph.get("c")).isEmpty();
		assertThat(graph.get("c9")).isEmpty();
	}

	@Test
	void resolveAcceptsIdsLabelsPrefixesAndHead() {
		RevisionGraph graph = Revisions.graph(rev("1a2b3c4d5e6f"),
				Revisions.revision("9f8e7d6c5b4a").revises("1a2b3c4d5e6f").labels("billing").build());

		assertThat(graph.resolve("1a2b3c4d5e6f").id()).isEqualTo("1a2b3c4d5e6f");
		assertThat(graph.resolve("1a2b").id()).isEqualTo("1a2b3c4d5e6f");
		assertThat(graph.resolve("billing").id()).isEqualTo("9f8e7d6c5b4a");
		assertThat(graph.resolve("head").id()).isEqualTo("9f8e7d6c5b4a");
		assertThat(graph.resolve("heads").id()).isEqualTo("9f8e7d6c5b4a");
		assertThat(graph.resolve("billing@head").id()).isEqualTo("9f8e7d6c5b4a");
		assertThat(graph.resolve("1a2b+1").id()).isEqualTo("9f8e7d6c5b4a");
	}

	@Test
	void emptyGraphHasNothingAndPlansNothing() {
		RevisionGraph graph = RevisionGraph.of(List.of());

		assertThat(graph.heads()).isEmpty();
		assertThat(graph.history()).isEmpty();
		assertThat(graph.planUpgrade(List.of(), "heads").isEmpty()).isTrue();
		assertThat(graph.planUpgrade(List.of(), "head").isEmpty()).isTrue();
		assertThat(graph.planDowngrade(List.of(), "base").isEmpty()).isTrue();
	}

}

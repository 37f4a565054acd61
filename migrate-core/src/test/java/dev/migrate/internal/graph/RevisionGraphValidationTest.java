package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.location;
import static dev.migrate.internal.graph.Revisions.rev;
import static dev.migrate.internal.graph.Revisions.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphValidationTest {

	@Test
	void aRevisionRevisingItselfIsACycle() {
		assertThatThrownBy(() -> Revisions.graph(rev("r0"), rev("a1", "a1", "r0")))
			.isInstanceOfSatisfying(RevisionCycleException.class,
					e -> assertThat(e.cycle()).containsExactly("a1", "a1"))
			.hasMessageContaining("refers to itself")
			.hasMessageContaining("a1 (" + location("a1") + ":1) revises a1");
	}

	@Test
	void aRevisionDependingOnItselfIsACycle() {
		assertThatThrownBy(() -> Revisions.graph(revision("a1").dependsOn("a1").build()))
			.isInstanceOfSatisfying(RevisionCycleException.class,
					e -> assertThat(e.cycle()).containsExactly("a1", "a1"))
			.hasMessageContaining("a1 (" + location("a1") + ":1) depends on a1");
	}

	@Test
	void aCycleThroughParentsShowsThePath() {
		assertThatThrownBy(() -> Revisions.graph(rev("a1", "a3"), rev("a2", "a1"), rev("a3", "a2")))
			.isInstanceOfSatisfying(RevisionCycleException.class, e -> {
				assertThat(e.cycle()).containsExactly("a1", "a3", "a2", "a1");
				assertThat(e.locations()).hasSize(4);
			})
			.hasMessageContaining("a1 (" + location("a1") + ":1) revises a3 (" + location("a3") + ":1) revises a2 ("
					+ location("a2") + ":1) revises a1");
	}

	@Test
	void aCycleBelowAValidHeadIsFound() {
		assertThatThrownBy(() -> Revisions.graph(rev("h", "a2"), rev("a1", "a2"), rev("a2", "a1")))
			.isInstanceOfSatisfying(RevisionCycleException.class,
					e -> assertThat(e.cycle()).containsExactly("a2", "a1", "a2"));
	}

	@Test
	void aCycleThroughDependsOnIsFound() {
		assertThatThrownBy(
				() -> Revisions.graph(rev("b0"), revision("a1").revises("b0").dependsOn("a2").build(), rev("a2", "a1")))
			.isInstanceOfSatisfying(RevisionCycleException.class,
					e -> assertThat(e.cycle()).containsExactly("a2", "a1", "a2"))
			.hasMessageContaining("a2 (" + location("a2") + ":1) revises a1 (" + location("a1") + ":1) depends on a2");
	}

	@Test
	void aDuplicateIdNamesBothFiles() {
		assertThatThrownBy(() -> Revisions.graph(rev("a1"), revision("a1").in("db/other/a1_copy.sql").build()))
			.isInstanceOfSatisfying(DuplicateRevisionException.class, e -> {
				assertThat(e.revisionId()).isEqualTo("a1");
				assertThat(e.firstLocation().file()).isEqualTo(location("a1"));
				assertThat(e.secondLocation().file()).isEqualTo("db/other/a1_copy.sql");
			})
			.hasMessageContaining("'a1'")
			.hasMessageContaining(location("a1"))
			.hasMessageContaining("db/other/a1_copy.sql");
	}

	@Test
	void aMissingParentNamesTheReferencingRevisionAndFile() {
		assertThatThrownBy(() -> Revisions.graph(rev("a1"), rev("a2", "nope")))
			.isInstanceOfSatisfying(MissingReferenceException.class, e -> {
				assertThat(e.revisionId()).isEqualTo("a2");
				assertThat(e.missingId()).isEqualTo("nope");
				assertThat(e.kind()).isEqualTo(ReferenceKind.REVISES);
			})
			.hasMessageContaining("a2 (" + location("a2"))
			.hasMessageContaining("revises 'nope'")
			.hasMessageContaining("'revises' header");
	}

	@Test
	void aMissingDependencyNamesTheReferencingRevisionAndFile() {
		assertThatThrownBy(() -> Revisions.graph(rev("a1"), revision("a2").revises("a1").dependsOn("gone").build()))
			.isInstanceOfSatisfying(MissingReferenceException.class, e -> {
				assertThat(e.revisionId()).isEqualTo("a2");
				assertThat(e.missingId()).isEqualTo("gone");
				assertThat(e.kind()).isEqualTo(ReferenceKind.DEPENDS_ON);
			})
			.hasMessageContaining("depends on 'gone'")
			.hasMessageContaining("'depends-on' header");
	}

	@Test
	void aDuplicateBranchLabelNamesBothRevisions() {
		assertThatThrownBy(() -> Revisions.graph(revision("a1").labels("billing").build(),
				revision("b1").labels("billing").build()))
			.isInstanceOfSatisfying(DuplicateBranchLabelException.class, e -> {
				assertThat(e.label()).isEqualTo("billing");
				assertThat(e.firstRevisionId()).isEqualTo("a1");
				assertThat(e.secondRevisionId()).isEqualTo("b1");
			})
			.hasMessageContaining("'billing'")
			.hasMessageContaining("a1 (" + location("a1"))
			.hasMessageContaining("b1 (" + location("b1"));
	}

	@Test
	void unusableBranchLabelsAreRejected() {
		assertThatThrownBy(() -> Revisions.graph(revision("a1").labels("bill-ing").build()))
			.isInstanceOfSatisfying(InvalidBranchLabelException.class, e -> {
				assertThat(e.label()).isEqualTo("bill-ing");
				assertThat(e.revisionId()).isEqualTo("a1");
			})
			.hasMessageContaining(location("a1"));
		assertThatThrownBy(() -> Revisions.graph(revision("a1").labels("heads").build()))
			.isInstanceOf(InvalidBranchLabelException.class)
			.hasMessageContaining("reserved word");
		assertThatThrownBy(() -> Revisions.graph(rev("b1"), revision("a1").labels("b1").build()))
			.isInstanceOf(InvalidBranchLabelException.class)
			.hasMessageContaining("also the id of revision b1");
	}

	@Test
	void invalidIdsAreRejectedWithTheirFile() {
		for (String id : List.of("a-1", "", "a b", "x".repeat(65), "ünïcode")) {
			assertThatThrownBy(() -> Revisions.graph(rev(id))).as(id)
				.isInstanceOfSatisfying(InvalidRevisionIdException.class, e -> assertThat(e.revisionId()).isEqualTo(id))
				.hasMessageContaining(location(id));
		}
	}

	@Test
	void validIdsMayUseTheWholeAlphabetUpToSixtyFourCharacters() {
		String longest = "A_z9".repeat(16);

		assertThat(Revisions.graph(rev(longest), rev("Base_1")).size()).isEqualTo(2);
	}

	@Test
	void repeatedReferencesAreHarmless() {
		RevisionGraph graph = Revisions.graph(rev("a1"), revision("a2").revises("a1", "a1").dependsOn("a1").build());

		assertThat(graph.mergePoints()).isEmpty();
		assertThat(Revisions.heads(graph.planUpgrade(List.of(), "heads"))).containsExactly("a1 [] -> [a1]",
				"a2 [a1] -> [a2]");
	}

}

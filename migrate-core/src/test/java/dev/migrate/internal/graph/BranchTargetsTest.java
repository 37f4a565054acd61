package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.ids;
import static dev.migrate.internal.graph.Revisions.rev;
import static dev.migrate.internal.graph.Revisions.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Alembic's branch-scoped targets: {@code label@rev}, {@code label@partial-id},
 * {@code label@heads}, {@code label@head-N}, {@code label@base+N}, and depends-on naming
 * a branch label.
 */
class BranchTargetsTest {

	/** r0 <- a1 (alpha) <- a2 and r0 <- b1 (beta) <- b2. */
	private final RevisionGraph fork = Graphs.fork();

	@Test
	void labelAtRevisionNamesARevisionOfThatBranch() {
		assertThat(fork.resolve("alpha@a2").id()).isEqualTo("a2");
		assertThat(fork.resolve("alpha@r0").id()).isEqualTo("r0");
		assertThat(ids(fork.planDowngrade(Set.of("a2", "b2"), "alpha@a1"))).containsExactly("a2");
	}

	@Test
	void labelAtARevisionOfAnotherBranchIsAnErrorNamingBoth() {
		assertThatThrownBy(() -> fork.planDowngrade(Set.of("a2", "b2"), "alpha@b1")).isInstanceOf(TargetException.class)
			.hasMessageContaining("Revision b1 is not on branch 'alpha'")
			.hasMessageContaining("drop 'alpha@'");
	}

	@Test
	void aPartialIdIsMatchedAmongTheBranchsRevisions() {
		RevisionGraph graph = Revisions.graph(rev("base0"),
				revision("ae10aaaa").revises("base0").labels("feature").build(), rev("f2", "ae10aaaa"),
				revision("ae10cccc").revises("base0").labels("other").build());

		assertThatThrownBy(() -> graph.resolve("ae10")).isInstanceOf(AmbiguousRevisionException.class);
		assertThat(graph.resolve("feature@ae10").id()).isEqualTo("ae10aaaa");
		assertThat(graph.resolve("other@ae10").id()).isEqualTo("ae10cccc");
		assertThatThrownBy(() -> graph.resolve("feature@ae10c")).isInstanceOf(TargetException.class)
			.hasMessageContaining("ae10cccc is not on branch 'feature'");
		assertThatThrownBy(() -> graph.resolve("feature@zzzz")).isInstanceOf(UnknownRevisionException.class);
	}

	@Test
	void labelAtHeadsIsEveryHeadOnTheBranch() {
		assertThat(ids(fork.planUpgrade(Set.of(), "alpha@heads"))).containsExactly("r0", "a1", "a2");
		RevisionGraph trunk = Revisions.graph(revision("r0").labels("trunk").build(), rev("a1", "r0"), rev("b1", "r0"));
		assertThat(ids(trunk.planUpgrade(Set.of(), "trunk@heads"))).containsExactlyInAnyOrder("r0", "a1", "b1");
	}

	@Test
	void labelAtHeadMinusNWalksDownFromTheBranchHead() {
		assertThat(fork.resolve("alpha@head-1").id()).isEqualTo("a1");
		assertThat(fork.resolve("beta@head-2").id()).isEqualTo("r0");
		assertThat(ids(fork.planDowngrade(Set.of("a2", "b2"), "beta@head-1"))).containsExactly("b2");
	}

	@Test
	void labelAtBasePlusNWalksUpTheBranchFromBelowIt() {
		assertThat(fork.resolve("alpha@base+1").id()).isEqualTo("a1");
		assertThat(fork.resolve("alpha@base+2").id()).isEqualTo("a2");
		// Independent bases, as `revision --head base --branch-label` makes them: the
		// first revision of the label's own tree, as in Alembic.
		assertThat(Graphs.twoBases().resolve("shipping@base+2").id()).isEqualTo("y2");
		assertThat(ids(Graphs.twoBases().planUpgrade(Set.of(), "billing@base+1"))).containsExactly("x1");
	}

	@Test
	void labelAtRevisionPlusNStaysOnTheBranch() {
		assertThat(fork.resolve("alpha@r0+1").id()).isEqualTo("a1");
		assertThat(fork.resolve("beta@r0+2").id()).isEqualTo("b2");
	}

	@Test
	void dependsOnMayNameABranchLabel() {
		RevisionGraph graph = Revisions.graph(revision("x1").labels("billing").build(), rev("x2", "x1"),
				revision("y1").dependsOn("billing").build());

		assertThat(ids(graph.planUpgrade(Set.of(), "y1"))).containsExactly("x1", "y1");
		assertThat(graph.heads()).extracting(r -> r.id()).containsExactly("x2", "y1");
	}

	@Test
	void currentIsTheRecordedHeads() {
		assertThat(ids(fork.planUpgrade(Set.of("a1"), "current"))).isEmpty();
		assertThat(ids(fork.planDowngrade(Set.of("a2"), "current"))).isEmpty();
	}

}

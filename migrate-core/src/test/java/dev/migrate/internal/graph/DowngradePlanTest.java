package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.heads;
import static dev.migrate.internal.graph.Revisions.ids;
import static dev.migrate.internal.graph.Revisions.location;
import static dev.migrate.internal.graph.Revisions.rev;
import static dev.migrate.internal.graph.Revisions.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.IrreversibleMigrationException;
import dev.migrate.Direction;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DowngradePlanTest {

	@Test
	void downgradesALinearChainToARevisionKeepingIt() {
		MigrationPlan plan = Graphs.linear().planDowngrade(Set.of("c5"), "c3");

		assertThat(plan.direction()).isEqualTo(Direction.DOWNGRADE);
		assertThat(heads(plan)).containsExactly("c5 [c5] -> [c4]", "c4 [c4] -> [c3]");
		assertThat(plan.fromHeads()).containsExactly("c5");
		assertThat(plan.toHeads()).containsExactly("c3");
	}

	@Test
	void downgradesToBaseRemovingEverything() {
		MigrationPlan plan = Graphs.linear().planDowngrade(Set.of("c3"), "base");

		assertThat(heads(plan)).containsExactly("c3 [c3] -> [c2]", "c2 [c2] -> [c1]", "c1 [c1] -> []");
		assertThat(plan.toHeads()).isEmpty();
	}

	@Test
	void downgradingToTheCurrentHeadDoesNothing() {
		assertThat(Graphs.linear().planDowngrade(Set.of("c3"), "c3").isEmpty()).isTrue();
		assertThat(Graphs.linear().planDowngrade(Set.of(), "base").isEmpty()).isTrue();
	}

	@Test
	void downgradesOneBranchOfSeveral() {
		RevisionGraph graph = Graphs.fork();

		assertThat(heads(graph.planDowngrade(Set.of("a2", "b2"), "a1"))).containsExactly("a2 [a2, b2] -> [a1, b2]");
		assertThat(heads(graph.planDowngrade(Set.of("a2", "b2"), "beta@base")))
			.containsExactly("b2 [a2, b2] -> [a2, b1]", "b1 [a2, b1] -> [a2]");
	}

	@Test
	void downgradingToABranchPointRemovesEveryBranchAboveIt() {
		MigrationPlan plan = Graphs.fork().planDowngrade(Set.of("a2", "b2"), "r0");

		assertThat(heads(plan)).containsExactly("b2 [a2, b2] -> [a2, b1]", "b1 [a2, b1] -> [a2]", "a2 [a2] -> [a1]",
				"a1 [a1] -> [r0]");
	}

	@Test
	void downgradesAMergeToOneOfItsParentsLeavingBothParentsAsHeads() {
		RevisionGraph graph = Graphs.diamond();

		assertThat(heads(graph.planDowngrade(Set.of("m"), "a2"))).containsExactly("m [m] -> [a2, b2]");
		assertThat(heads(graph.planDowngrade(Set.of("m"), "b1"))).containsExactly("m [m] -> [a2, b2]",
				"b2 [a2, b2] -> [a2, b1]");
	}

	@Test
	void downgradingAMergeWhoseParentHasAnotherAppliedChildRestoresOnlyTheOtherParent() {
		RevisionGraph graph = Revisions.graph(rev("r0"), rev("a1", "r0"), rev("a2", "a1"), rev("b1", "r0"),
				rev("m", "a1", "b1"));

		assertThat(heads(graph.planDowngrade(Set.of("a2", "m"), "b1"))).containsExactly("m [a2, m] -> [a2, b1]");
	}

	@Test
	void downgradingADependencyFirstDowngradesWhatDependsOnIt() {
		MigrationPlan plan = Graphs.twoBases().planDowngrade(Set.of("x2", "y3"), "x1");

		assertThat(heads(plan)).containsExactly("y3 [x2, y3] -> [x2, y2]", "y2 [x2, y2] -> [x2, y1]",
				"x2 [x2, y1] -> [x1, y1]");
	}

	@Test
	void downgradingTheDependentBranchLeavesTheDependencyApplied() {
		MigrationPlan plan = Graphs.twoBases().planDowngrade(Set.of("x2", "y3"), "shipping@base");

		assertThat(heads(plan)).containsExactly("y3 [x2, y3] -> [x2, y2]", "y2 [x2, y2] -> [x2, y1]",
				"y1 [x2, y1] -> [x2]");
	}

	@Test
	void branchBaseOfABranchWithDependentsRemovesThemToo() {
		MigrationPlan plan = Graphs.twoBases().planDowngrade(Set.of("x2", "y3"), "billing@base");

		assertThat(ids(plan)).containsExactly("y3", "y2", "x2", "x1");
		assertThat(plan.toHeads()).containsExactly("y1");
	}

	@Test
	void branchBaseOfAnUnappliedBranchDoesNothing() {
		assertThat(Graphs.fork().planDowngrade(Set.of("a2"), "beta@base").isEmpty()).isTrue();
	}

	@Test
	void branchBaseOfALabelInTheMiddleOfALineRemovesTheWholeUnforkedLine() {
		RevisionGraph graph = Revisions.graph(rev("r0"), rev("a1", "r0"), rev("a2", "a1"),
				revision("a3").revises("a2").labels("alpha").build(), rev("b1", "r0"));

		assertThat(ids(graph.planDowngrade(Set.of("a3", "b1"), "alpha@base"))).containsExactly("a3", "a2", "a1");
	}

	@Test
	void aBranchDoesNotExtendDownPastARevisionOthersDependOn() {
		RevisionGraph graph = Revisions.graph(rev("r0"), rev("a1", "r0"),
				revision("a2").revises("a1").labels("alpha").build(), revision("z1").dependsOn("a1").build());

		assertThat(ids(graph.planDowngrade(Set.of("a2", "z1"), "alpha@base"))).containsExactly("a2");
	}

	@Test
	void aDependencyImpliedButNotRecordedBecomesAHeadWhenItsDependentGoes() {
		MigrationPlan plan = Graphs.twoBases().planDowngrade(Set.of("y2"), "y1");

		assertThat(heads(plan)).containsExactly("y2 [y2] -> [x2, y1]");
	}

	@Test
	void relativeTargetsWalkDownFromTheCurrentHead() {
		RevisionGraph graph = Graphs.linear();

		assertThat(ids(graph.planDowngrade(Set.of("c4"), "-1"))).containsExactly("c4");
		assertThat(ids(graph.planDowngrade(Set.of("c4"), "-2"))).containsExactly("c4", "c3");
		assertThat(ids(graph.planDowngrade(Set.of("c4"), "-4"))).containsExactly("c4", "c3", "c2", "c1");
		assertThat(ids(graph.planDowngrade(Set.of("c4"), "c3-1"))).containsExactly("c4", "c3");
		assertThat(ids(graph.planDowngrade(Set.of("c4"), "c1+1"))).containsExactly("c4", "c3");
		assertThat(ids(graph.planDowngrade(Set.of("c5"), "head-2"))).containsExactly("c5", "c4");
	}

	@Test
	void relativeBranchTargetsWalkDownOneBranch() {
		RevisionGraph graph = Graphs.twoBases();

		assertThat(heads(graph.planDowngrade(Set.of("x2", "y3"), "shipping@-1")))
			.containsExactly("y3 [x2, y3] -> [x2, y2]");
		assertThat(heads(graph.planDowngrade(Set.of("x2", "y3"), "shipping@-3")))
			.containsExactly("y3 [x2, y3] -> [x2, y2]", "y2 [x2, y2] -> [x2, y1]", "y1 [x2, y1] -> [x2]");
	}

	@Test
	void relativeBranchTargetWalksDownThroughAMergeOnItsOwnSide() {
		MigrationPlan plan = Graphs.diamond().planDowngrade(Set.of("m"), "beta@-2");

		assertThat(heads(plan)).containsExactly("m [m] -> [a2, b2]", "b2 [a2, b2] -> [a2, b1]");
	}

	@Test
	void refusesToDowngradeThroughAnIrreversibleRevisionBeforeAnythingRuns() {
		RevisionGraph graph = Revisions.graph(rev("c1"), revision("c2").revises("c1").irreversible().build(),
				rev("c3", "c2"));

		assertThat(ids(graph.planDowngrade(Set.of("c3"), "c2"))).containsExactly("c3");
		assertThatThrownBy(() -> graph.planDowngrade(Set.of("c3"), "c1"))
			.isInstanceOfSatisfying(IrreversibleMigrationException.class, e -> {
				assertThat(e.revisionId()).isEqualTo("c2");
				assertThat(e.location().file()).isEqualTo(location("c2"));
			})
			.hasMessageContaining("c2")
			.hasMessageContaining(location("c2"))
			.hasMessageContaining("no downgrade");
	}

	@Test
	void refusesADowngradeTargetThatIsNotApplied() {
		assertThatThrownBy(() -> Graphs.fork().planDowngrade(Set.of("a2"), "b1"))
			.isInstanceOfSatisfying(TargetNotAppliedException.class, e -> {
				assertThat(e.revisionId()).isEqualTo("b1");
				assertThat(e.currentHeads()).containsExactly("a2");
			})
			.hasMessageContaining("Cannot downgrade to b1")
			.hasMessageContaining("a2");
		assertThatThrownBy(() -> Graphs.linear().planDowngrade(Set.of("c2"), "+1"))
			.isInstanceOf(TargetNotAppliedException.class)
			.hasMessageContaining("c3");
		assertThatThrownBy(() -> Graphs.linear().planDowngrade(Set.of(), "c1"))
			.isInstanceOf(TargetNotAppliedException.class)
			.hasMessageContaining("current heads: none");
	}

}

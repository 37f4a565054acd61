package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.heads;
import static dev.migrate.internal.graph.Revisions.ids;
import static dev.migrate.internal.graph.Revisions.rev;
import static dev.migrate.internal.graph.Revisions.revision;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Direction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpgradePlanTest {

	@Test
	void upgradesALinearChainFromEmptyMovingTheHeadAlong() {
		MigrationPlan plan = Graphs.linear().planUpgrade(Set.of(), "head");

		assertThat(plan.direction()).isEqualTo(Direction.UPGRADE);
		assertThat(heads(plan)).containsExactly("c1 [] -> [c1]", "c2 [c1] -> [c2]", "c3 [c2] -> [c3]",
				"c4 [c3] -> [c4]", "c5 [c4] -> [c5]");
		assertThat(plan.fromHeads()).isEmpty();
		assertThat(plan.toHeads()).containsExactly("c5");
	}

	@Test
	void upgradesFromTheMiddleToARevision() {
		MigrationPlan plan = Graphs.linear().planUpgrade(Set.of("c2"), "c4");

		assertThat(heads(plan)).containsExactly("c3 [c2] -> [c3]", "c4 [c3] -> [c4]");
		assertThat(plan.fromHeads()).containsExactly("c2");
		assertThat(plan.toHeads()).containsExactly("c4");
	}

	@Test
	void aSatisfiedTargetGivesAnEmptyPlanNeverADowngrade() {
		RevisionGraph graph = Graphs.linear();

		for (String target : List.of("c2", "c4", "base", "-1", "c4-2", "c1+1")) {
			MigrationPlan plan = graph.planUpgrade(Set.of("c4"), target);
			assertThat(plan.isEmpty()).as(target).isTrue();
			assertThat(plan.fromHeads()).as(target).containsExactly("c4");
			assertThat(plan.toHeads()).as(target).containsExactly("c4");
		}
		assertThat(graph.planUpgrade(Set.of("c5"), "head").isEmpty()).isTrue();
		assertThat(graph.planUpgrade(Set.of("c5"), "heads").isEmpty()).isTrue();
	}

	@Test
	void upgradesBothBranchesAndTheMergeFinishingOneBranchFirst() {
		MigrationPlan plan = Graphs.diamond().planUpgrade(Set.of(), "heads");

		assertThat(heads(plan)).containsExactly("r0 [] -> [r0]", "a1 [r0] -> [a1]", "a2 [a1] -> [a2]",
				"b1 [a2] -> [a2, b1]", "b2 [a2, b1] -> [a2, b2]", "m [a2, b2] -> [m]");
	}

	@Test
	void upgradesAMergeOfTwoCurrentHeads() {
		MigrationPlan plan = Graphs.diamond().planUpgrade(Set.of("a2", "b2"), "head");

		assertThat(heads(plan)).containsExactly("m [a2, b2] -> [m]");
	}

	@Test
	void upgradingAMergeAppliesTheMissingSideFirst() {
		MigrationPlan plan = Graphs.diamond().planUpgrade(Set.of("a2"), "m");

		assertThat(heads(plan)).containsExactly("b1 [a2] -> [a2, b1]", "b2 [a2, b1] -> [a2, b2]", "m [a2, b2] -> [m]");
	}

	@Test
	void upgradesOnlyTheBranchTheTargetNeeds() {
		MigrationPlan plan = Graphs.fork().planUpgrade(Set.of("a2"), "b2");

		assertThat(heads(plan)).containsExactly("b1 [a2] -> [a2, b1]", "b2 [a2, b1] -> [a2, b2]");
	}

	@Test
	void aNewBaseIsAddedBesideTheExistingHeads() {
		RevisionGraph graph = Revisions.graph(rev("x1"), rev("x2", "x1"), rev("z1"));

		assertThat(heads(graph.planUpgrade(Set.of("x2"), "heads"))).containsExactly("z1 [x2] -> [x2, z1]");
	}

	@Test
	void dependenciesOnAnotherBranchRunFirstAndStayHeads() {
		MigrationPlan plan = Graphs.twoBases().planUpgrade(Set.of(), "shipping@head");

		assertThat(heads(plan)).containsExactly("x1 [] -> [x1]", "x2 [x1] -> [x2]", "y1 [x2] -> [x2, y1]",
				"y2 [x2, y1] -> [x2, y2]", "y3 [x2, y2] -> [x2, y3]");
	}

	@Test
	void dependenciesAlreadyAppliedAreNotRunAgain() {
		MigrationPlan plan = Graphs.twoBases().planUpgrade(Set.of("x2", "y1"), "y3");

		assertThat(heads(plan)).containsExactly("y2 [x2, y1] -> [x2, y2]", "y3 [x2, y2] -> [x2, y3]");
	}

	@Test
	void aDependencyAppliedAfterAnotherBranchStartsKeepsItsHeadSeparate() {
		RevisionGraph graph = Revisions.graph(rev("p1"), rev("p2", "p1"), rev("q1"),
				revision("q2").revises("q1").dependsOn("p1").build());

		assertThat(heads(graph.planUpgrade(Set.of("q1"), "q2"))).containsExactly("p1 [q1] -> [p1, q1]",
				"q2 [p1, q1] -> [p1, q2]");
	}

	@Test
	void branchLabelTargetsUpgradeOneBranch() {
		RevisionGraph graph = Graphs.fork();

		assertThat(ids(graph.planUpgrade(Set.of(), "alpha@head"))).containsExactly("r0", "a1", "a2");
		assertThat(ids(graph.planUpgrade(Set.of(), "beta"))).containsExactly("r0", "b1");
		assertThat(ids(graph.planUpgrade(Set.of("a2"), "beta@head"))).containsExactly("b1", "b2");
	}

	@Test
	void relativeTargetsWalkUpFromTheCurrentHead() {
		RevisionGraph graph = Graphs.linear();

		assertThat(ids(graph.planUpgrade(Set.of("c2"), "+1"))).containsExactly("c3");
		assertThat(ids(graph.planUpgrade(Set.of("c2"), "+3"))).containsExactly("c3", "c4", "c5");
		assertThat(ids(graph.planUpgrade(Set.of(), "+2"))).containsExactly("c1", "c2");
		assertThat(ids(graph.planUpgrade(Set.of("c1"), "c2+2"))).containsExactly("c2", "c3", "c4");
		assertThat(ids(graph.planUpgrade(Set.of(), "base+1"))).containsExactly("c1");
		assertThat(ids(graph.planUpgrade(Set.of(), "head-1"))).containsExactly("c1", "c2", "c3", "c4");
	}

	@Test
	void relativeBranchTargetsWalkUpTheBranch() {
		RevisionGraph graph = Graphs.twoBases();

		assertThat(heads(graph.planUpgrade(Set.of("x1", "y1"), "shipping@+1")))
			.containsExactly("x2 [x1, y1] -> [x2, y1]", "y2 [x2, y1] -> [x2, y2]");
		assertThat(ids(graph.planUpgrade(Set.of("x1", "y1"), "billing@+1"))).containsExactly("x2");
		assertThat(ids(graph.planUpgrade(Set.of("x2"), "shipping@+2"))).containsExactly("y1", "y2");
	}

	@Test
	void relativeBranchTargetStartsFromTheForkWhenTheBranchIsNotApplied() {
		RevisionGraph graph = Graphs.fork();

		assertThat(ids(graph.planUpgrade(Set.of("b2"), "alpha@+1"))).containsExactly("a1");
		assertThat(ids(graph.planUpgrade(Set.of("b2"), "alpha@+2"))).containsExactly("a1", "a2");
	}

	@Test
	void typedTargetsPlanLikeTheirText() {
		RevisionGraph graph = Graphs.diamond();

		assertThat(graph.planUpgrade(Set.of("a2"), new Target.Heads()))
			.isEqualTo(graph.planUpgrade(Set.of("a2"), "heads"));
	}

}

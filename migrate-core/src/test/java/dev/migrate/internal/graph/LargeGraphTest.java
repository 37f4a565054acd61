package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.rev;
import static dev.migrate.internal.graph.Revisions.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.internal.revision.RevisionScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Long chains must not overflow the stack: every walk in the graph is iterative. */
class LargeGraphTest {

	private static final int LENGTH = 100_000;

	@Test
	void plansAndWalksAVeryLongChain() {
		RevisionGraph graph = RevisionGraph.of(Revisions.chain("r", LENGTH));

		MigrationPlan upgrade = graph.planUpgrade(Set.of(), "heads");
		assertThat(upgrade.steps()).hasSize(LENGTH);
		assertThat(upgrade.steps().get(0).revision().id()).isEqualTo("r1");
		assertThat(upgrade.toHeads()).containsExactly("r" + LENGTH);

		MigrationPlan downgrade = graph.planDowngrade(Set.of("r" + LENGTH), "base");
		assertThat(downgrade.steps()).hasSize(LENGTH);
		assertThat(downgrade.toHeads()).isEmpty();

		assertThat(graph.ancestors("r" + LENGTH)).hasSize(LENGTH - 1);
		assertThat(graph.descendants("r1")).hasSize(LENGTH - 1);
		assertThat(graph.range(Set.of("r" + LENGTH), "-" + (LENGTH - 1) + ":")).hasSize(LENGTH);
	}

	@Test
	void aLongCycleIsReportedWithItsWholePath() {
		int length = 20_000;
		List<RevisionScript> revisions = new ArrayList<>(Revisions.chain("r", length));
		revisions.set(0, rev("r1", "r" + length));

		assertThatThrownBy(() -> RevisionGraph.of(revisions)).isInstanceOfSatisfying(RevisionCycleException.class,
				e -> assertThat(e.cycle()).hasSize(length + 1));
	}

	@Test
	void manyParallelBranchesMergeInOneStep() {
		List<RevisionScript> revisions = new ArrayList<>();
		revisions.add(rev("base"));
		String[] tips = new String[1000];
		for (int i = 0; i < tips.length; i++) {
			tips[i] = String.format("b%04d", i);
			revisions.add(rev(tips[i], "base"));
		}
		revisions.add(revision("merge").revises(tips).build());
		RevisionGraph graph = RevisionGraph.of(revisions);

		MigrationPlan plan = graph.planUpgrade(Set.of(tips), "merge");
		assertThat(plan.steps()).hasSize(1);
		assertThat(plan.steps().get(0).headsAfter()).containsExactly("merge");
		MigrationPlan back = graph.planDowngrade(Set.of("merge"), "base");
		assertThat(back.steps()).hasSize(tips.length + 2);
		assertThat(back.steps().get(0).headsAfter()).hasSize(tips.length);
	}

}

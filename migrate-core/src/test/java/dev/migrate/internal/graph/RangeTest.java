package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.heads;
import static dev.migrate.internal.graph.Revisions.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Direction;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RangeTest {

	private final RevisionGraph linear = Graphs.linear();

	@Test
	void aRangeListsBothEndsAndEverythingBetweenNewestFirst() {
		assertThat(ids(linear.range("c2:c4"))).containsExactly("c4", "c3", "c2");
		assertThat(ids(linear.range("c3:c3"))).containsExactly("c3");
	}

	@Test
	void anEmptySideMeansBaseOrHeads() {
		assertThat(ids(linear.range(":c2"))).containsExactly("c2", "c1");
		assertThat(ids(linear.range("c4:"))).containsExactly("c5", "c4");
		assertThat(ids(linear.range(":"))).containsExactly("c5", "c4", "c3", "c2", "c1");
		assertThat(ids(linear.range("base:heads"))).containsExactly("c5", "c4", "c3", "c2", "c1");
	}

	@Test
	void relativeEndsCountFromTheOtherEndOfTheRange() {
		// As Alembic's history: -N below the upper end, +N above the lower end; the
		// database's position plays no part.
		assertThat(ids(linear.range(Set.of("c2"), "-2:"))).containsExactly("c5", "c4", "c3");
		assertThat(ids(linear.range("-1:c3"))).containsExactly("c3", "c2");
		assertThat(ids(linear.range("c1:+1"))).containsExactly("c2", "c1");
		assertThat(ids(linear.range(":+2"))).containsExactly("c2", "c1");
	}

	@Test
	void relativeEndsStopAtBaseAndAtTheHeadInsteadOfFailing() {
		assertThat(ids(linear.range("-9:"))).containsExactly("c5", "c4", "c3", "c2", "c1");
		assertThat(ids(linear.range("c3:+9"))).containsExactly("c5", "c4", "c3");
	}

	@Test
	void relativeEndsThatPointTheWrongWayAreRejected() {
		assertThatThrownBy(() -> linear.range("c1:-1")).isInstanceOf(MalformedTargetException.class)
			.hasMessageContaining("counts up from the lower end");
		assertThatThrownBy(() -> linear.range("+1:c4")).isInstanceOf(MalformedTargetException.class)
			.hasMessageContaining("counts down from the upper end");
	}

	@Test
	void currentInARangeIsTheRecordedHeads() {
		assertThat(ids(linear.range(Set.of("c3"), "current:"))).containsExactly("c5", "c4", "c3");
		assertThat(ids(linear.range(Set.of("c3"), "-1:current"))).containsExactly("c3", "c2");
		assertThat(ids(linear.range(Set.of("c3"), ":current"))).containsExactly("c3", "c2", "c1");
		assertThat(RevisionGraph.rangeNamesCurrent("-1:current")).isTrue();
		assertThat(RevisionGraph.rangeNamesCurrent("c1:c3")).isFalse();
		assertThatThrownBy(() -> linear.planRange(Direction.UPGRADE, "current:heads"))
			.isInstanceOf(TargetException.class)
			.hasMessageContaining("'current' needs the database");
	}

	@Test
	void aRangeAcrossBranchesTakesOnlyTheLineOfAncestry() {
		RevisionGraph diamond = Graphs.diamond();

		assertThat(ids(diamond.range("a1:m"))).containsExactly("m", "a2", "a1");
		assertThat(ids(diamond.range("r0:b2"))).containsExactly("b2", "b1", "r0");
		assertThat(ids(Graphs.twoBases().range(":y2"))).containsExactly("y2", "y1", "x2", "x1");
		assertThat(ids(Graphs.twoBases().range("shipping@base:"))).containsExactly("y3", "y2", "y1");
	}

	@Test
	void aRangeWhoseEndsAreNotOnOneLineIsRejected() {
		assertThatThrownBy(() -> Graphs.fork().range("a1:b2"))
			.isInstanceOfSatisfying(RangeNotAncestorException.class, e -> {
				assertThat(e.lower()).isEqualTo("a1");
				assertThat(e.upper()).isEqualTo("b2");
				assertThat(e.target()).isEqualTo("a1:b2");
			})
			.hasMessageContaining("a1 is not an ancestor of b2");
		assertThatThrownBy(() -> linear.range("c4:c2")).isInstanceOf(RangeNotAncestorException.class)
			.hasMessageContaining("c4 is not an ancestor of c2");
		assertThatThrownBy(() -> linear.range("c2:base")).isInstanceOf(RangeNotAncestorException.class)
			.hasMessageContaining("not an ancestor of base");
	}

	@Test
	void aSingleTargetIsNotARange() {
		assertThatThrownBy(() -> linear.range("c2")).isInstanceOf(MalformedTargetException.class)
			.hasMessageContaining("expected a range <from>:<to>");
	}

	@Test
	void plansAnOfflineUpgradeFromTheStartOfTheRange() {
		MigrationPlan plan = linear.planRange(Direction.UPGRADE, "c2:c4");

		assertThat(heads(plan)).containsExactly("c3 [c2] -> [c3]", "c4 [c3] -> [c4]");
		assertThat(ids(linear.planRange(Direction.UPGRADE, ":c2"))).containsExactly("c1", "c2");
		assertThat(ids(linear.planRange(Direction.UPGRADE, "c4:"))).containsExactly("c5");
		assertThat(ids(linear.planRange(Direction.UPGRADE, "c3:+1"))).containsExactly("c4");
	}

	@Test
	void plansAnOfflineDowngradeFromTheStartOfTheRange() {
		assertThat(heads(linear.planRange(Direction.DOWNGRADE, "c4:c2"))).containsExactly("c4 [c4] -> [c3]",
				"c3 [c3] -> [c2]");
		assertThat(ids(linear.planRange(Direction.DOWNGRADE, ":c3"))).containsExactly("c5", "c4");
		assertThat(ids(linear.planRange(Direction.DOWNGRADE, "c2:"))).containsExactly("c2", "c1");
		assertThat(ids(linear.planRange(Direction.DOWNGRADE, "c4:-1"))).containsExactly("c4");
	}

	@Test
	void anOfflineRangeInTheWrongDirectionIsRejected() {
		assertThatThrownBy(() -> linear.planRange(Direction.DOWNGRADE, "c2:c4"))
			.isInstanceOfSatisfying(RangeNotAncestorException.class, e -> {
				assertThat(e.lower()).isEqualTo("c4");
				assertThat(e.upper()).isEqualTo("c2");
			});
		assertThatThrownBy(() -> linear.planRange(Direction.UPGRADE, "c4:c2"))
			.isInstanceOfSatisfying(RangeNotAncestorException.class, e -> {
				assertThat(e.lower()).isEqualTo("c4");
				assertThat(e.upper()).isEqualTo("c2");
			});
	}

}

package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentHeadsTest {

	@Test
	void anUnknownRecordedHeadIsNamedWithTheWayOut() {
		assertThatThrownBy(() -> Graphs.linear().planUpgrade(Set.of("c2", "deadbeef"), "heads"))
			.isInstanceOfSatisfying(UnknownCurrentHeadException.class,
					e -> assertThat(e.revisionId()).isEqualTo("deadbeef"))
			.hasMessageContaining("'deadbeef'")
			.hasMessageContaining("migrate stamp <rev>")
			.hasMessageContaining("stamp --purge");
	}

	@Test
	void recordedHeadsAreMatchedExactlyNotByPrefix() {
		assertThatThrownBy(() -> Graphs.linear().applied(Set.of("c"))).isInstanceOf(UnknownCurrentHeadException.class);
	}

	@Test
	void aRecordedHeadThatIsAnAncestorOfAnotherIsRejected() {
		assertThatThrownBy(() -> Graphs.linear().planDowngrade(Set.of("c4", "c2"), "base"))
			.isInstanceOfSatisfying(OverlappingHeadsException.class, e -> {
				assertThat(e.ancestorId()).isEqualTo("c2");
				assertThat(e.descendantId()).isEqualTo("c4");
			})
			.hasMessageContaining("c2")
			.hasMessageContaining("c4")
			.hasMessageContaining("stamp --purge");
	}

	@Test
	void aRecordedHeadBelowAnotherThroughADependencyIsRejected() {
		assertThatThrownBy(() -> Graphs.twoBases().planUpgrade(Set.of("x1", "y2"), "heads"))
			.isInstanceOfSatisfying(OverlappingHeadsException.class, e -> {
				assertThat(e.ancestorId()).isEqualTo("x1");
				assertThat(e.descendantId()).isEqualTo("y2");
			});
	}

	@Test
	void aDependencyIsALegitimateHeadBesideItsDependent() {
		assertThat(ids(Graphs.twoBases().applied(List.of("y2", "x2")))).containsExactly("y2", "y1", "x2", "x1");
	}

	@Test
	void appliedIsTheClosureOfTheRecordedHeads() {
		assertThat(ids(Graphs.diamond().applied(List.of("a2", "b1")))).containsExactly("b1", "a2", "a1", "r0");
		assertThat(Graphs.diamond().applied(List.of())).isEmpty();
	}

}

package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.ids;
import static dev.migrate.internal.graph.Revisions.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetResolutionTest {

	private final RevisionGraph prefixes = Revisions.graph(rev("abcd1234"), rev("abcd5678", "abcd1234"),
			rev("abce0000", "abcd5678"));

	@Test
	void aUniquePrefixOfFourCharactersResolves() {
		assertThat(prefixes.resolve("abce").id()).isEqualTo("abce0000");
		assertThat(prefixes.resolve("abcd12").id()).isEqualTo("abcd1234");
		assertThat(ids(prefixes.planUpgrade(Set.of(), "abcd5"))).containsExactly("abcd1234", "abcd5678");
	}

	@Test
	void anAmbiguousPrefixListsEveryMatch() {
		assertThatThrownBy(() -> prefixes.planUpgrade(Set.of(), "abcd"))
			.isInstanceOfSatisfying(AmbiguousRevisionException.class, e -> {
				assertThat(e.prefix()).isEqualTo("abcd");
				assertThat(e.matches()).containsExactly("abcd1234", "abcd5678");
				assertThat(e.target()).isEqualTo("abcd");
			})
			.hasMessageContaining("abcd1234, abcd5678")
			.hasMessageContaining("more characters");
	}

	@Test
	void aPrefixShorterThanFourCharactersIsNotMatched() {
		assertThatThrownBy(() -> prefixes.resolve("abc"))
			.isInstanceOfSatisfying(UnknownRevisionException.class, e -> assertThat(e.reference()).isEqualTo("abc"))
			.hasMessageContaining("'abc'")
			.hasMessageContaining("at least 4 characters");
	}

	@Test
	void anUnknownReferenceIsNamedWithWhereToLook() {
		assertThatThrownBy(() -> prefixes.planUpgrade(Set.of(), "zzzz9999"))
			.isInstanceOfSatisfying(UnknownRevisionException.class,
					e -> assertThat(e.reference()).isEqualTo("zzzz9999"))
			.hasMessageContaining("'zzzz9999'")
			.hasMessageContaining("migrate history");
		assertThatThrownBy(() -> prefixes.planUpgrade(Set.of(), "nolabel@head"))
			.isInstanceOf(UnknownRevisionException.class)
			.hasMessageContaining("'nolabel'")
			.hasMessageContaining("nolabel@head");
	}

	@Test
	void headWithSeveralHeadsNamesThemAndSuggestsAlternatives() {
		assertThatThrownBy(() -> Graphs.fork().planUpgrade(Set.of(), "head"))
			.isInstanceOfSatisfying(MultipleHeadsException.class,
					e -> assertThat(e.heads()).containsExactly("a2", "b2"))
			.hasMessageContaining("a2, b2")
			.hasMessageContaining("'heads'")
			.hasMessageContaining("<label>@head");
		assertThatThrownBy(() -> Graphs.fork().resolve("heads")).isInstanceOf(MultipleHeadsException.class)
			.hasMessageContaining("a2, b2");
	}

	@Test
	void labelHeadWithSeveralHeadsOnTheBranchIsAnError() {
		RevisionGraph graph = Revisions.graph(Revisions.revision("r0").labels("trunk").build(), rev("a1", "r0"),
				rev("b1", "r0"));

		assertThatThrownBy(() -> graph.resolve("trunk@head")).isInstanceOfSatisfying(MultipleHeadsException.class,
				e -> {
					assertThat(e.heads()).containsExactly("a1", "b1");
					assertThat(e.target()).isEqualTo("trunk@head");
				});
	}

	@Test
	void aBranchLabelMayBeWrittenAsTheRevisionItNames() {
		assertThat(Graphs.fork().resolve("a1@head").id()).isEqualTo("a2");
		assertThat(Graphs.fork().resolve("alpha@head").id()).isEqualTo("a2");
	}

	@Test
	void relativeStepsWithSeveralCurrentHeadsAreAmbiguous() {
		assertThatThrownBy(() -> Graphs.fork().planUpgrade(Set.of("a1", "b1"), "+1"))
			.isInstanceOfSatisfying(AmbiguousTargetException.class,
					e -> assertThat(e.candidates()).containsExactly("a1", "b1"))
			.hasMessageContaining("several current heads")
			.hasMessageContaining("<label>@+1");
		assertThatThrownBy(() -> Graphs.fork().planDowngrade(Set.of("a2", "b2"), "-1"))
			.isInstanceOf(AmbiguousTargetException.class)
			.hasMessageContaining("a2, b2")
			.hasMessageContaining("<rev>-1");
	}

	@Test
	void aWalkUpThroughABranchPointIsAmbiguous() {
		assertThatThrownBy(() -> Graphs.fork().planUpgrade(Set.of("r0"), "+1"))
			.isInstanceOfSatisfying(AmbiguousTargetException.class,
					e -> assertThat(e.candidates()).containsExactly("a1", "b1"))
			.hasMessageContaining("walking up from r0");
	}

	@Test
	void aWalkDownThroughAMergeIsAmbiguous() {
		assertThatThrownBy(() -> Graphs.diamond().planDowngrade(Set.of("m"), "-1"))
			.isInstanceOfSatisfying(AmbiguousTargetException.class,
					e -> assertThat(e.candidates()).containsExactly("a2", "b2"))
			.hasMessageContaining("merge m");
	}

	@Test
	void walkingUpFromBaseWithSeveralBasesIsAmbiguous() {
		assertThatThrownBy(() -> Graphs.twoBases().planUpgrade(Set.of(), "+1")).isInstanceOfSatisfying(
				AmbiguousTargetException.class, e -> assertThat(e.candidates()).containsExactly("x1", "y1"));
	}

	@Test
	void walkingPastTheHeadOrTheBaseSaysHowFarItCouldGo() {
		RevisionGraph graph = Graphs.linear();

		assertThatThrownBy(() -> graph.planUpgrade(Set.of("c3"), "+3"))
			.isInstanceOfSatisfying(RelativeTargetOutOfRangeException.class, e -> {
				assertThat(e.steps()).isEqualTo(3);
				assertThat(e.available()).isEqualTo(2);
			})
			.hasMessageContaining("past the head")
			.hasMessageContaining("from c3");
		assertThatThrownBy(() -> graph.planDowngrade(Set.of("c3"), "-4"))
			.isInstanceOfSatisfying(RelativeTargetOutOfRangeException.class,
					e -> assertThat(e.available()).isEqualTo(3))
			.hasMessageContaining("past the base: only 3 steps down from c3 exist.");
		assertThatThrownBy(() -> graph.planDowngrade(Set.of("c1"), "-2"))
			.hasMessageContaining("only 1 step down from c1 exists.");
		assertThatThrownBy(() -> graph.planDowngrade(Set.of(), "-1"))
			.isInstanceOf(RelativeTargetOutOfRangeException.class)
			.hasMessageContaining("from base");
		assertThatThrownBy(() -> graph.resolve("c2+9")).isInstanceOf(RelativeTargetOutOfRangeException.class)
			.hasMessageContaining("c2+9");
	}

	@Test
	void aBranchStepWithNothingAppliedOnTheBranchCannotGoDown() {
		assertThatThrownBy(() -> Graphs.twoBases().planDowngrade(Set.of("x2"), "shipping@-1"))
			.isInstanceOf(RelativeTargetOutOfRangeException.class)
			.hasMessageContaining("shipping@-1");
	}

	@Test
	void aRangeIsNotAnUpgradeOrDowngradeTarget() {
		assertThatThrownBy(() -> Graphs.linear().planUpgrade(Set.of(), "c1:c3"))
			.isExactlyInstanceOf(TargetException.class)
			.hasMessageContaining("only valid for history and --sql");
	}

	@Test
	void resolveRejectsTargetsThatNameNoRevision() {
		assertThatThrownBy(() -> Graphs.linear().resolve("base")).isExactlyInstanceOf(TargetException.class)
			.hasMessageContaining("'base' does not name a revision");
		assertThatThrownBy(() -> Graphs.linear().resolve("c1-1")).isExactlyInstanceOf(TargetException.class);
	}

}

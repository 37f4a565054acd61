package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryGraphTest {

	private static GraphNode node(String id, String... parents) {
		return new GraphNode(id, List.of(parents), id);
	}

	private static List<String> draw(GraphNode... nodes) {
		return HistoryGraph.draw(List.of(nodes));
	}

	@Test
	void linearHistoryIsOneColumn() {
		assertThat(draw(node("c", "b"), node("b", "a"), node("a"))).containsExactly("* c", "* b", "* a");
	}

	@Test
	void branchAndMerge() {
		assertThat(draw(node("d", "b", "c"), node("b", "a"), node("c", "a"), node("a"))).containsExactly("* d", "|\\",
				"* | b", "| * c", "|/", "* a");
	}

	@Test
	void twoHeadsFromOneBranchPoint() {
		assertThat(draw(node("c", "b"), node("x", "a"), node("b", "a"), node("a"))).containsExactly("* c", "* b",
				"| * x", "|/", "* a");
	}

	@Test
	void octopusMerge() {
		assertThat(draw(node("m", "b", "c", "e"), node("b", "a"), node("c", "a"), node("e", "a"), node("a")))
			.containsExactly("*-. m", "|\\ \\", "* | | b", "| * | c", "|/ /", "| * e", "|/", "* a");
	}

	@Test
	void octopusMergeMakesRoomForColumnsToItsRight() {
		assertThat(draw(node("h", "x"), node("m", "b", "c", "e"), node("x", "a"), node("b", "a"), node("c", "a"),
				node("e", "a"), node("a")))
			.containsExactly("* h", "* x", "| *-. m", "| |\\ \\", "| * | | b", "|/ / /", "| * | c", "|/ /", "| * e",
					"|/", "* a");
	}

	@Test
	void mergeBesideAnotherBranchShiftsItRight() {
		assertThat(
				draw(node("h2", "q"), node("m", "b", "c"), node("q", "a"), node("b", "a"), node("c", "a"), node("a")))
			.containsExactly("* h2", "* q", "| * m", "| |\\", "| * | b", "|/ /", "| * c", "|/", "* a");
	}

	@Test
	void aLineJoiningAcrossAnotherPassesBeneathIt() {
		// h2's line (column 1) must reach a (column 0) while x's line stays in column 1.
		assertThat(draw(node("h1", "a"), node("h3", "a"), node("h2", "x"), node("x", "a"), node("a")))
			.containsExactly("* h1", "| * h3", "|/", "| * h2", "| * x", "|/", "* a");
		// r's line passes beneath q's on its way to p's column; a base ending column 0
		// shifts b left.
		assertThat(draw(node("p", "a"), node("q", "b"), node("r", "a"), node("s", "b"), node("b"), node("a")))
			.containsExactly("* p", "| * q", "| | * r", "|_|/", "* | a", " /", "| * s", "|/", "* b");
	}

	@Test
	void separateTreesDoNotLookConnected() {
		assertThat(draw(node("c", "a"), node("y", "x"), node("a"), node("x"))).containsExactly("* c", "* a", "", "* y",
				"* x");
		assertThat(draw(node("h1", "p"), node("h2", "x"), node("h3", "p"), node("x"), node("p")))
			.containsExactly("* h1", "| * h2", "| * x", "|", "| * h3", "|/", "* p");
	}

	@Test
	void parentsOutsideTheRangeEndTheirLine() {
		assertThat(draw(node("c", "b"), node("b", "a"))).containsExactly("* c", "* b");
	}

}

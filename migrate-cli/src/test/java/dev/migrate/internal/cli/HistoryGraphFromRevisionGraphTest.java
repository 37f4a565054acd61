package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Transactional;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link HistoryGraph} fed from a {@link RevisionGraph}'s history order, as
 * {@code history --graph} is.
 */
class HistoryGraphFromRevisionGraphTest {

	private static RevisionScript revision(String id, String... parents) {
		return new RevisionScript(id, List.of(parents), Set.of(), List.of(), "", Transactional.TRUE, null,
				new SourceLocation(id + ".sql", 0), op -> {
				}, true);
	}

	private static List<String> draw(RevisionGraph graph) {
		return HistoryGraph.draw(graph.history()
			.stream()
			.map(r -> new GraphNode(r.id(), r.parents(), RevisionFormat.line(r.info(), Markers.NONE)))
			.toList());
	}

	@Test
	void twoBranchesMergedThenBranchedAgain() {
		RevisionGraph graph = RevisionGraph
			.of(List.of(revision("a001"), revision("b002", "a001"), revision("c003", "a001"),
					revision("m004", "b002", "c003"), revision("x005", "m004"), revision("y006", "m004")));
		// The graph lists y006 before x005 (newest first = reversed canonical order); the
		// drawing keeps that.
		assertThat(draw(graph)).containsExactly("* m004 -> y006", "| * m004 -> x005", "|/", "* b002, c003 -> m004",
				"|\\", "* | a001 -> b002", "| * a001 -> c003", "|/", "* <base> -> a001");
	}

	@Test
	void independentBasesAreSeparated() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("a001"), revision("b002", "a001"), revision("k003")));
		assertThat(draw(graph)).containsExactly("* <base> -> k003", "", "* a001 -> b002", "* <base> -> a001");
	}

}

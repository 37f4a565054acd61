package dev.migrate.internal.graph;

import static dev.migrate.internal.graph.Revisions.rev;
import static dev.migrate.internal.graph.Revisions.revision;

/** The small graphs most tests share. */
final class Graphs {

	private Graphs() {
	}

	/** {@code c1 <- c2 <- c3 <- c4 <- c5}. */
	static RevisionGraph linear() {
		return RevisionGraph.of(Revisions.chain("c", 5));
	}

	/**
	 * Two branches from one base: {@code r0 <- a1 <- a2} (label {@code alpha} on a1) and
	 * {@code r0 <- b1 <- b2} (label {@code beta} on b1). Heads a2, b2.
	 */
	static RevisionGraph fork() {
		return Revisions.graph(rev("r0"), revision("a1").revises("r0").labels("alpha").build(), rev("a2", "a1"),
				revision("b1").revises("r0").labels("beta").build(), rev("b2", "b1"));
	}

	/** {@link #fork()} joined by merge {@code m} revising a2 and b2. */
	static RevisionGraph diamond() {
		return Revisions.graph(rev("r0"), revision("a1").revises("r0").labels("alpha").build(), rev("a2", "a1"),
				revision("b1").revises("r0").labels("beta").build(), rev("b2", "b1"), rev("m", "a2", "b2"));
	}

	/**
	 * Two independent bases: {@code x1 <- x2} (label {@code billing} on x1) and
	 * {@code y1 <- y2 <- y3} (label {@code shipping} on y1), where y2 depends on x2.
	 * Heads x2, y3.
	 */
	static RevisionGraph twoBases() {
		return Revisions.graph(revision("x1").labels("billing").build(), rev("x2", "x1"),
				revision("y1").labels("shipping").build(), revision("y2").revises("y1").dependsOn("x2").build(),
				rev("y3", "y2"));
	}

}

package dev.migrate.benchmarks;

import dev.migrate.Transactional;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates revision sets of a given size for the graph benchmarks. Ids are random
 * 12-hex-digit strings like generated ones (seeded, so runs are repeatable), so id order
 * has nothing to do with graph order, as in a real project.
 */
public final class GraphShapes {

	/** The graph shapes the benchmarks measure. */
	public enum Shape {

		/**
		 * One chain: the deepest graph, where recursion or per-step copies would hurt
		 * most.
		 */
		LINEAR,
		/**
		 * A trunk that keeps forking into two short branches and merging them back, plus
		 * a second labelled base whose line depends on the trunk and is depended on by
		 * it.
		 */
		BRANCHY

	}

	private final Random random = new Random(42);

	private final Set<String> used = new HashSet<>();

	private final List<RevisionScript> revisions = new ArrayList<>();

	private final int size;

	private GraphShapes(int size) {
		this.size = size;
	}

	/**
	 * Exactly {@code size} revisions of the given shape, in creation (oldest first)
	 * order.
	 */
	public static List<RevisionScript> generate(Shape shape, int size) {
		GraphShapes shapes = new GraphShapes(size);
		if (shape == Shape.LINEAR) {
			shapes.linear();
		}
		else {
			shapes.branchy();
		}
		return List.copyOf(shapes.revisions);
	}

	private void linear() {
		String tip = add(List.of(), List.of(), Set.of());
		while (!full()) {
			tip = add(List.of(tip), List.of(), Set.of());
		}
	}

	/**
	 * Segments of 9 revisions: trunk tip T forks into a1-a2-a3 and b1-b2-b3 (b2 depends
	 * on the billing tip), merge m(a3, b3) becomes the trunk tip; billing grows by two,
	 * the first depending on T. The last segment is cut off wherever the size is reached.
	 */
	private void branchy() {
		String trunk = add(List.of(), List.of(), Set.of("core"));
		String billing = add(List.of(), List.of(), Set.of("billing"));
		while (!full()) {
			String fork = trunk;
			String a = fork;
			for (int i = 0; i < 3 && !full(); i++) {
				a = add(List.of(a), List.of(), Set.of());
			}
			String b = fork;
			for (int i = 0; i < 3 && !full(); i++) {
				b = add(List.of(b), i == 1 ? List.of(billing) : List.of(), Set.of());
			}
			if (!full()) {
				trunk = add(List.of(a, b), List.of(), Set.of());
			}
			for (int i = 0; i < 2 && !full(); i++) {
				billing = add(List.of(billing), i == 0 ? List.of(fork) : List.of(), Set.of());
			}
		}
	}

	private boolean full() {
		return revisions.size() >= size;
	}

	private String add(List<String> parents, List<String> dependsOn, Set<String> labels) {
		String id = newId();
		revisions.add(new RevisionScript(id, parents, labels, dependsOn, "benchmark revision", Transactional.TRUE, null,
				new SourceLocation("bench/" + id + ".sql", 1), op -> {
				}, true));
		return id;
	}

	private String newId() {
		String id;
		do {
			id = String.format("%012x", random.nextLong() & 0xffff_ffff_ffffL);
		}
		while (!used.add(id));
		return id;
	}

}

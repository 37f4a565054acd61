package dev.migrate.internal.graph;

import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the one upgrade order every plan and history listing follows, and finds cycles
 * on the way.
 *
 * <p>
 * The order is the post-order of an iterative depth-first walk that starts at each head
 * in id order and follows, from each revision, its depends-on first and then its parents
 * in declaration order. Post-order puts every revision after everything it needs; walking
 * down one head at a time finishes a branch before starting the next; depends-on first
 * means a branch's dependencies are in place before the branch continues. Restricting
 * this order to any subset still gives a valid order, so plans for different targets
 * never disagree about which of two revisions runs first.
 */
final class CanonicalOrder {

	private static final byte UNSEEN = 0;

	private static final byte ON_PATH = 1;

	private static final byte DONE = 2;

	private CanonicalOrder() {
	}

	/**
	 * @throws RevisionCycleException when some revision (transitively) revises or depends
	 * on itself
	 */
	static int[] compute(RevisionScript[] scripts, int[][] parents, int[][] dependsOn, int[][] children) {
		int n = scripts.length;
		Walk walk = new Walk(scripts, parents, dependsOn);
		for (int i = 0; i < n; i++) {
			if (children[i].length == 0) {
				walk.from(i);
			}
		}
		if (walk.count < n) {
			// In a DAG every revision lies below some head; those that do not sit on or
			// under a cycle.
			for (int i = 0; i < n; i++) {
				walk.from(i);
			}
			throw new IllegalStateException("revisions unreachable from any head but no cycle found");
		}
		return walk.order;
	}

	private static final class Walk {

		final RevisionScript[] scripts;

		final int[][] parents;

		final int[][] dependsOn;

		final byte[] state;

		final int[] path;

		final int[] nextEdge;

		final int[] pathIndex;

		final int[] order;

		int count;

		Walk(RevisionScript[] scripts, int[][] parents, int[][] dependsOn) {
			int n = scripts.length;
			this.scripts = scripts;
			this.parents = parents;
			this.dependsOn = dependsOn;
			this.state = new byte[n];
			this.path = new int[n];
			this.nextEdge = new int[n];
			this.pathIndex = new int[n];
			this.order = new int[n];
		}

		void from(int root) {
			if (state[root] != UNSEEN) {
				return;
			}
			int depth = enter(root, 0);
			while (depth > 0) {
				int node = path[depth - 1];
				int edge = nextEdge[depth - 1]++;
				int deps = dependsOn[node].length;
				if (edge < deps + parents[node].length) {
					int next = edge < deps ? dependsOn[node][edge] : parents[node][edge - deps];
					if (state[next] == UNSEEN) {
						depth = enter(next, depth);
					}
					else if (state[next] == ON_PATH) {
						throw cycle(pathIndex[next], depth);
					}
				}
				else {
					state[node] = DONE;
					order[count++] = node;
					depth--;
				}
			}
		}

		private int enter(int node, int depth) {
			state[node] = ON_PATH;
			path[depth] = node;
			nextEdge[depth] = 0;
			pathIndex[node] = depth;
			return depth + 1;
		}

		/**
		 * The cycle is the path from {@code start} to the top, closed by the edge back to
		 * {@code start}.
		 */
		private RevisionCycleException cycle(int start, int depth) {
			List<String> ids = new ArrayList<>();
			List<ReferenceKind> edges = new ArrayList<>();
			List<SourceLocation> locations = new ArrayList<>();
			for (int i = start; i < depth; i++) {
				int node = path[i];
				int next = i + 1 < depth ? path[i + 1] : path[start];
				ids.add(scripts[node].id());
				locations.add(scripts[node].location());
				edges.add(contains(parents[node], next) ? ReferenceKind.REVISES : ReferenceKind.DEPENDS_ON);
			}
			ids.add(scripts[path[start]].id());
			locations.add(scripts[path[start]].location());
			return new RevisionCycleException(ids, edges, locations);
		}

		private static boolean contains(int[] values, int value) {
			for (int v : values) {
				if (v == value) {
					return true;
				}
			}
			return false;
		}

	}

}

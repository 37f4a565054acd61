package dev.migrate.internal.graph;

import dev.migrate.internal.revision.RevisionScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The validated graph as int-indexed arrays, built once by {@link RevisionIndexBuilder}.
 * Revision {@code i} is the i-th in id order, so index order is the deterministic
 * tie-break everywhere and a prefix's matches are contiguous. Edge lists are
 * deduplicated; a depends-on that is also a parent is kept only as a parent.
 */
final class RevisionIndex {

	final RevisionScript[] scripts;

	final String[] ids;

	final Map<String, Integer> byId;

	final Map<String, Integer> byLabel;

	/** Parent edges ({@code revises}), in declaration order. */
	final int[][] parents;

	/** Ordering edges ({@code depends-on}), in declaration order. */
	final int[][] dependsOn;

	/** Revisions that revise this one, in id order. */
	final int[][] children;

	/** Revisions that depend on this one, in id order. */
	final int[][] dependents;

	/** Revisions without children (parent edges only), in id order. */
	final int[] heads;

	/** Revisions without parents, in id order. */
	final int[] bases;

	/**
	 * The canonical upgrade order, oldest first: every revision after its parents and
	 * dependencies.
	 */
	final int[] order;

	RevisionIndex(RevisionScript[] scripts, Map<String, Integer> byId, Map<String, Integer> byLabel, int[][] parents,
			int[][] dependsOn, int[][] children, int[][] dependents, int[] order) {
		this.scripts = scripts;
		this.ids = new String[scripts.length];
		for (int i = 0; i < scripts.length; i++) {
			ids[i] = scripts[i].id();
		}
		this.byId = byId;
		this.byLabel = byLabel;
		this.parents = parents;
		this.dependsOn = dependsOn;
		this.children = children;
		this.dependents = dependents;
		this.order = order;
		this.heads = withEdgeCount(children, 0, 0);
		this.bases = withEdgeCount(parents, 0, 0);
	}

	int size() {
		return scripts.length;
	}

	/**
	 * The revisions whose edge list has {@code min} to {@code max} entries, in id order.
	 */
	private static int[] withEdgeCount(int[][] edges, int min, int max) {
		return IntStream.range(0, edges.length).filter(i -> edges[i].length >= min && edges[i].length <= max).toArray();
	}

	/** Revisions with more than one child: where branches split. */
	int[] branchPoints() {
		return withEdgeCount(children, 2, Integer.MAX_VALUE);
	}

	/** Revisions with more than one parent: where branches join. */
	int[] mergePoints() {
		return withEdgeCount(parents, 2, Integer.MAX_VALUE);
	}

	/**
	 * Marks the starts and everything they need: ancestors through parents and, if asked,
	 * depends-on.
	 */
	boolean[] ancestorsOrSelf(int[] starts, boolean viaDependsOn) {
		return reach(starts, parents, viaDependsOn ? dependsOn : null);
	}

	/**
	 * Marks the starts and everything built on them: children and, if asked, dependents.
	 */
	boolean[] descendantsOrSelf(int[] starts, boolean viaDependents) {
		return reach(starts, children, viaDependents ? dependents : null);
	}

	/** Everything that must be applied for the starts to be applied, starts included. */
	boolean[] closure(int[] starts) {
		return ancestorsOrSelf(starts, true);
	}

	/**
	 * Iterative reachability over one or two edge arrays; no recursion, so long chains
	 * are fine.
	 */
	private boolean[] reach(int[] starts, int[][] edges, int[][] moreEdges) {
		boolean[] marked = new boolean[size()];
		int[] stack = new int[size()];
		int top = 0;
		for (int start : starts) {
			if (!marked[start]) {
				marked[start] = true;
				stack[top++] = start;
			}
		}
		while (top > 0) {
			int node = stack[--top];
			top = push(edges[node], marked, stack, top);
			if (moreEdges != null) {
				top = push(moreEdges[node], marked, stack, top);
			}
		}
		return marked;
	}

	private static int push(int[] next, boolean[] marked, int[] stack, int top) {
		for (int n : next) {
			if (!marked[n]) {
				marked[n] = true;
				stack[top++] = n;
			}
		}
		return top;
	}

	/**
	 * The members of {@code set} that have no child in {@code set}: the heads a version
	 * table records for that set of applied revisions (heads are computed over parent
	 * edges only). In id order.
	 */
	int[] maximal(boolean[] set) {
		int count = 0;
		int[] result = new int[size()];
		for (int i = 0; i < size(); i++) {
			if (set[i] && !anyMarked(children[i], set)) {
				result[count++] = i;
			}
		}
		return Arrays.copyOf(result, count);
	}

	static boolean anyMarked(int[] nodes, boolean[] set) {
		for (int n : nodes) {
			if (set[n]) {
				return true;
			}
		}
		return false;
	}

	/** The marked revisions newest first (reverse canonical order), as scripts. */
	List<RevisionScript> newestFirst(boolean[] set) {
		List<RevisionScript> result = new ArrayList<>();
		for (int i = order.length - 1; i >= 0; i--) {
			if (set[order[i]]) {
				result.add(scripts[order[i]]);
			}
		}
		return result;
	}

	List<RevisionScript> scriptsOf(int[] nodes) {
		List<RevisionScript> result = new ArrayList<>(nodes.length);
		for (int n : nodes) {
			result.add(scripts[n]);
		}
		return result;
	}

	List<String> idsOf(int[] nodes) {
		List<String> result = new ArrayList<>(nodes.length);
		for (int n : nodes) {
			result.add(ids[n]);
		}
		return result;
	}

	/** Index of the exact id, or -1. */
	int indexOf(String id) {
		Integer index = byId.get(id);
		return index == null ? -1 : index;
	}

	/**
	 * Indexes of ids starting with {@code prefix}, in id order (ids are sorted, so they
	 * are contiguous).
	 */
	int[] withPrefix(String prefix) {
		int from = Arrays.binarySearch(ids, prefix);
		if (from < 0) {
			from = -from - 1;
		}
		int to = from;
		while (to < ids.length && ids[to].startsWith(prefix)) {
			to++;
		}
		int[] result = new int[to - from];
		for (int i = 0; i < result.length; i++) {
			result[i] = from + i;
		}
		return result;
	}

}

package dev.migrate.internal.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a revision DAG as text in the manner of {@code git log --graph}: one {@code *}
 * row per revision, newest first, with {@code |} for lines of descent, {@code \} where a
 * merge's parents fan out, {@code /} where branches rejoin their branch point, and
 * {@code _} where a line passes beneath others on its way left. Each column is two
 * characters wide.
 *
 * <p>
 * A pure function of its input, so tests pin exact output. Parents outside the drawn set
 * (a {@code -r} range) end their line like a base does.
 */
final class HistoryGraph {

	private HistoryGraph() {
	}

	/**
	 * @param nodes the revisions to draw; heads should come first, in the order they are
	 * to appear
	 * @return the lines, without line separators
	 */
	static List<String> draw(List<GraphNode> nodes) {
		Map<String, GraphNode> byId = new LinkedHashMap<>();
		nodes.forEach(node -> byId.put(node.id(), node));
		List<String> lines = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		// The graph part of the last line (labels excluded), to see where a line just
		// ended.
		String previousGraph = "";
		for (GraphNode node : order(byId)) {
			int index = columns.indexOf(node.id());
			if (index < 0) {
				columns.add(node.id());
				index = columns.size() - 1;
				if (occupied(previousGraph, 2 * index)) {
					// A line just ended here (a base): without a gap the new head would
					// seem to revise it.
					lines.add(closeRow(index, 0));
				}
			}
			List<String> parents = node.parents().stream().filter(byId::containsKey).toList();
			boolean columnsToTheRight = index < columns.size() - 1;
			int spread = Math.max(0, parents.size() - 2);
			for (int row = 1; columnsToTheRight && row <= spread; row++) {
				lines.add(octopusPreRow(columns.size(), index, row));
			}
			String nodeRow = nodeRow(columns.size(), index, parents.size());
			lines.add(nodeRow + " " + node.label());
			int linesBefore = lines.size();
			List<String> right = new ArrayList<>(columns.subList(index + 1, columns.size()));
			columns.subList(index, columns.size()).clear();
			columns.addAll(parents);
			columns.addAll(right);
			if (parents.isEmpty() && !right.isEmpty()) {
				lines.add(closeRow(index, right.size()));
			}
			else if (parents.size() > 1) {
				lines.add(fanOutRow(index, parents.size(), right.size()));
			}
			collapseDuplicates(columns, lines);
			previousGraph = lines.size() == linesBefore ? nodeRow : lines.get(lines.size() - 1);
		}
		return lines;
	}

	private static boolean occupied(String line, int position) {
		return position < line.length() && line.charAt(position) != ' ';
	}

	/**
	 * Children before parents: heads in the given order, then depth first along first
	 * parents, so a branch's revisions stay together as in {@code git log --topo-order}.
	 */
	private static List<GraphNode> order(Map<String, GraphNode> byId) {
		Map<String, Integer> unvisitedChildren = new HashMap<>();
		for (GraphNode node : byId.values()) {
			for (String parent : node.parents()) {
				if (byId.containsKey(parent)) {
					unvisitedChildren.merge(parent, 1, Integer::sum);
				}
			}
		}
		Deque<GraphNode> ready = new ArrayDeque<>();
		byId.values().stream().filter(node -> !unvisitedChildren.containsKey(node.id())).forEach(ready::addLast);
		List<GraphNode> ordered = new ArrayList<>();
		while (!ready.isEmpty()) {
			GraphNode node = ready.pollFirst();
			ordered.add(node);
			List<GraphNode> nowReady = new ArrayList<>();
			for (String parent : node.parents()) {
				if (byId.containsKey(parent) && unvisitedChildren.merge(parent, -1, Integer::sum) == 0) {
					nowReady.add(byId.get(parent));
				}
			}
			for (int i = nowReady.size() - 1; i >= 0; i--) {
				ready.addFirst(nowReady.get(i));
			}
		}
		return ordered;
	}

	/**
	 * Before an octopus merge: columns right of it step right to make room for its extra
	 * parents.
	 */
	private static String octopusPreRow(int columnCount, int index, int row) {
		Line line = new Line();
		for (int c = 0; c < columnCount; c++) {
			if (c <= index) {
				line.put(2 * c, '|');
			}
			else {
				line.put(2 * c + 2 * (row - 1) + 1, '\\');
			}
		}
		return line.toString();
	}

	private static String nodeRow(int columnCount, int index, int parentCount) {
		int spread = Math.max(0, parentCount - 2);
		Line line = new Line();
		for (int c = 0; c < columnCount; c++) {
			if (c < index) {
				line.put(2 * c, '|');
			}
			else if (c == index) {
				line.put(2 * c, '*');
			}
			else {
				line.put(2 * c + 2 * spread, '|');
			}
		}
		if (spread > 0) {
			// git's octopus marker: the star's line runs right to where the last parent's
			// line starts.
			for (int x = 2 * index + 1; x < 2 * index + 2 * spread; x++) {
				line.put(x, '-');
			}
			line.put(2 * index + 2 * spread, '.');
		}
		return line.toString();
	}

	/** After a base: the columns to its right move one left. */
	private static String closeRow(int index, int rightCount) {
		Line line = new Line();
		for (int c = 0; c < index; c++) {
			line.put(2 * c, '|');
		}
		for (int c = index + 1; c <= index + rightCount; c++) {
			line.put(2 * c - 1, '/');
		}
		return line.toString();
	}

	/** After a merge: one line per parent, and the columns to its right move over. */
	private static String fanOutRow(int index, int parentCount, int rightCount) {
		int spread = parentCount - 2;
		Line line = new Line();
		for (int c = 0; c <= index; c++) {
			line.put(2 * c, '|');
		}
		for (int p = 1; p < parentCount; p++) {
			line.put(2 * index + 2 * p - 1, '\\');
		}
		for (int c = index + 1; c <= index + rightCount; c++) {
			line.put(2 * c + 2 * spread + 1, '\\');
		}
		return line.toString();
	}

	/**
	 * Two columns waiting for the same revision (a branch point seen from its children,
	 * or a merge parent already drawn) become one: the right one moves into the nearest
	 * left one, a row each.
	 */
	private static void collapseDuplicates(List<String> columns, List<String> lines) {
		while (true) {
			int from = -1;
			int into = -1;
			for (int i = columns.size() - 1; i > 0 && from < 0; i--) {
				int left = columns.subList(0, i).lastIndexOf(columns.get(i));
				if (left >= 0) {
					from = i;
					into = left;
				}
			}
			if (from < 0) {
				return;
			}
			Line line = new Line();
			for (int c = 0; c < from; c++) {
				line.put(2 * c, '|');
			}
			for (int c = into; c < from - 1; c++) {
				line.put(2 * c + 1, '_');
			}
			line.put(2 * from - 1, '/');
			for (int c = from + 1; c < columns.size(); c++) {
				line.put(2 * c - 1, '/');
			}
			columns.remove(from);
			lines.add(line.toString());
		}
	}

	/** A row of characters addressed by position, blank where nothing was put. */
	private static final class Line {

		private final StringBuilder text = new StringBuilder();

		void put(int position, char character) {
			while (text.length() <= position) {
				text.append(' ');
			}
			text.setCharAt(position, character);
		}

		@Override
		public String toString() {
			return text.toString().stripTrailing();
		}

	}

}

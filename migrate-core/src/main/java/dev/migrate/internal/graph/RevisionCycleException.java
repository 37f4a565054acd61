package dev.migrate.internal.graph;

import dev.migrate.result.SourceLocation;
import java.util.List;

/**
 * Revisions that (transitively) revise or depend on themselves. The cycle is reported as
 * a path whose first and last element are the same revision, e.g. {@code [a, b, a]}; a
 * revision that revises itself is {@code [a, a]}.
 */
public final class RevisionCycleException extends RevisionGraphException {

	private static final long serialVersionUID = 1L;

	private final List<String> cycle;

	private final transient List<SourceLocation> locations;

	/**
	 * @param cycle the path, first element repeated at the end
	 * @param edges edge kinds between consecutive path elements ({@code cycle.size() - 1}
	 * of them)
	 * @param locations where each path element is defined (same size as {@code cycle})
	 */
	public RevisionCycleException(List<String> cycle, List<ReferenceKind> edges, List<SourceLocation> locations) {
		super(describe(cycle, edges, locations));
		this.cycle = List.copyOf(cycle);
		this.locations = List.copyOf(locations);
	}

	public List<String> cycle() {
		return cycle;
	}

	public List<SourceLocation> locations() {
		return locations;
	}

	private static String describe(List<String> cycle, List<ReferenceKind> edges, List<SourceLocation> locations) {
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < edges.size(); i++) {
			path.append(cycle.get(i))
				.append(" (")
				.append(locations.get(i))
				.append(") ")
				.append(edges.get(i) == ReferenceKind.REVISES ? "revises " : "depends on ");
		}
		path.append(cycle.get(cycle.size() - 1));
		String what = cycle.size() == 2 ? "A revision refers to itself: " : "Revisions form a cycle: ";
		return what + path + ". A revision must not revise or depend on itself, directly or through"
				+ " others; fix the revises/depends-on header of one of them.";
	}

}

package dev.migrate.result;

import java.util.List;

/**
 * One revision with its neighbours.
 *
 * @param revision the revision
 * @param children ids of revisions that revise it
 * @param head whether it is a head of the graph
 */
public record ShowResult(RevisionInfo revision, List<String> children, boolean head) {

	public ShowResult {
		children = List.copyOf(children);
	}
}

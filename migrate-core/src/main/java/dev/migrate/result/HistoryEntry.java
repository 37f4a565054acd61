package dev.migrate.result;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One revision in history order (newest first), marked with its state.
 *
 * @param revision the revision
 * @param head whether it is a head of the graph
 * @param current whether the database records it as a head
 * @param applied whether it is an ancestor-or-self of a recorded head
 * @param lastRun the last successful history row for this revision, or null
 * @param children ids of the revisions that revise it, from the whole graph (a range may
 * leave them out)
 */
public record HistoryEntry(RevisionInfo revision, boolean head, boolean current, boolean applied,
		@Nullable HistoryRecord lastRun, List<String> children) {

	public HistoryEntry {
		children = List.copyOf(children);
	}

}

package dev.migrate.result;

import dev.migrate.internal.revision.RevisionScript;
import java.util.List;
import java.util.Map;

/**
 * The branch points of the revision graph: revisions revised by more than one child.
 *
 * @param branchPoints revisions with several children
 * @param children for each branch point id, its children ids
 */
public record BranchesResult(List<RevisionScript> branchPoints, Map<String, List<String>> children) {

	public BranchesResult {
		branchPoints = List.copyOf(branchPoints);
		children = Map.copyOf(children);
	}
}

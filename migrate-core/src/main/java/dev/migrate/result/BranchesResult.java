package dev.migrate.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The branch points of the revision graph: revisions revised by more than one child.
 *
 * @param branchPoints revisions with several children
 * @param children for each branch point id, its children
 * @param heads ids of the graph's heads, to mark children that are heads
 */
public record BranchesResult(List<RevisionInfo> branchPoints, Map<String, List<RevisionInfo>> children,
		Set<String> heads) {

	public BranchesResult {
		branchPoints = List.copyOf(branchPoints);
		children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
		heads = Set.copyOf(heads);
	}
}

package dev.migrate.internal.command;

import dev.migrate.result.BranchesResult;
import dev.migrate.result.RevisionInfo;

import dev.migrate.internal.revision.RevisionScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code branches}: revisions with more than one child. Graph only; no database access.
 */
public final class BranchesCommand {

	private final CommandContext context;

	public BranchesCommand(CommandContext context) {
		this.context = context;
	}

	public BranchesResult run() {
		List<RevisionScript> points = context.graph().branchPoints();
		Map<String, List<RevisionInfo>> children = new LinkedHashMap<>();
		for (RevisionScript point : points) {
			children.put(point.id(), context.graph().children(point.id()).stream().map(RevisionScript::info).toList());
		}
		return new BranchesResult(points.stream().map(RevisionScript::info).toList(), children,
				context.graph().heads().stream().map(RevisionScript::id).collect(Collectors.toSet()));
	}

}

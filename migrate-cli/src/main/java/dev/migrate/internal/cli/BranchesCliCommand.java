package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.BranchesResult;
import dev.migrate.result.RevisionInfo;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code branches [-v]}: each branch point, then one {@code -> child} line per child,
 * indented under the branch point's id as Alembic does.
 */
final class BranchesCliCommand extends AbstractCliCommand {

	BranchesCliCommand() {
		super("branches", "[-v]", "show the branch points of the revision graph", List.of(VERBOSE), 0, 0);
	}

	@Override
	public boolean needsDatabase(CommandArguments arguments) {
		return false;
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		BranchesResult result = engine.branches();
		boolean verbose = arguments.has(VERBOSE.name());
		for (RevisionInfo branchPoint : result.branchPoints()) {
			List<RevisionInfo> children = result.children().getOrDefault(branchPoint.id(), List.of());
			Markers markers = new Markers(false, false, true, branchPoint.isMerge());
			out.print(verbose
					? RevisionFormat.verbose(branchPoint, markers, children.stream().map(RevisionInfo::id).toList(),
							null)
					: RevisionFormat.id(branchPoint, markers) + RevisionFormat.messageSuffix(branchPoint)
							+ System.lineSeparator());
			String indent = " ".repeat(branchPoint.id().length());
			for (RevisionInfo child : children) {
				boolean head = result.heads().contains(child.id());
				out.println(indent + " -> " + RevisionFormat.id(child, Markers.head(head))
						+ RevisionFormat.messageSuffix(child));
			}
			if (verbose) {
				out.println();
			}
		}
		return ExitCode.OK;
	}

}

package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.FailedStep;
import dev.migrate.result.HistoryEntry;
import dev.migrate.result.HistoryResult;
import dev.migrate.result.RevisionInfo;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code history [-r RANGE] [-v] [--indicate-current] [--graph]}: the revisions newest
 * first, one {@code <parents> -> <id> (head), <message>} line each; {@code --graph} draws
 * the same lines beside the DAG ({@link HistoryGraph}), {@code -v} prints full blocks
 * instead. A non-transactional step awaiting {@code resolve} is marked {@code (failed)}
 * or {@code (incomplete)}; {@code -v} adds what of it completed.
 */
final class HistoryCliCommand extends AbstractCliCommand {

	private static final CommandOption RANGE = new CommandOption("--rev-range", "-r", "RANGE",
			"only revisions in FROM:TO (either side optional, e.g. base:head, abc1:)");

	private static final CommandOption INDICATE_CURRENT = CommandOption.flag("--indicate-current",
			"mark the revisions the database is at with (current)");

	private static final CommandOption GRAPH = CommandOption.flag("--graph",
			"draw the revision graph beside the lines");

	HistoryCliCommand() {
		super("history", "[-r RANGE] [-v] [--indicate-current] [--graph]", "list revisions, newest first",
				List.of(RANGE, VERBOSE, INDICATE_CURRENT, GRAPH), 0, 0);
	}

	@Override
	public void validate(CommandArguments arguments) {
		if (arguments.has(GRAPH.name()) && arguments.has(VERBOSE.name())) {
			throw new UsageException("history --graph draws one line per revision and cannot be combined with -v",
					name());
		}
	}

	/** Only {@code --indicate-current} and a range naming {@code current} connect. */
	@Override
	public boolean needsDatabase(CommandArguments arguments) {
		return arguments.has(INDICATE_CURRENT.name()) || Migrate.rangeNamesCurrent(arguments.value(RANGE.name()));
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		boolean indicateCurrent = arguments.has(INDICATE_CURRENT.name());
		HistoryResult result = engine.history(arguments.value(RANGE.name()), indicateCurrent);
		List<GraphNode> nodes = new ArrayList<>();
		for (HistoryEntry entry : result.entries()) {
			RevisionInfo revision = entry.revision();
			// From the whole graph: a -r range may leave out the children that make a
			// branch point.
			List<String> childIds = entry.children();
			FailedStep unfinished = result.failedStep(revision.id());
			Markers markers = new Markers(entry.head(), indicateCurrent && entry.current(), childIds.size() > 1,
					revision.isMerge(), unfinished == null ? null : unfinished.state());
			if (arguments.has(VERBOSE.name())) {
				out.print(RevisionFormat.verbose(revision, markers, childIds, entry.lastRun(), unfinished));
			}
			else {
				nodes.add(new GraphNode(revision.id(), revision.revises(), RevisionFormat.line(revision, markers)));
			}
		}
		List<String> lines = arguments.has(GRAPH.name()) ? HistoryGraph.draw(nodes)
				: nodes.stream().map(GraphNode::label).toList();
		lines.forEach(out::println);
		return ExitCode.OK;
	}

}

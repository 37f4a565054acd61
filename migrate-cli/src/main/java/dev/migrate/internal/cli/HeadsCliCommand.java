package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.HeadsResult;
import dev.migrate.result.RevisionInfo;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code heads [-v]}: the heads of the revision graph, from the revisions alone (as
 * Alembic's {@code heads}; {@code current} shows where the database is). Never connects,
 * so CI's {@code [ $(migrate heads | wc -l) -gt 1 ]} gives the same answer with the
 * database down.
 */
final class HeadsCliCommand extends AbstractCliCommand {

	HeadsCliCommand() {
		super("heads", "[-v]", "show the heads of the revision graph", List.of(VERBOSE), 0, 0);
	}

	@Override
	public boolean needsDatabase(CommandArguments arguments) {
		return false;
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		HeadsResult result = engine.heads();
		for (RevisionInfo head : result.heads()) {
			Markers markers = new Markers(true, false, false, false);
			out.print(arguments.has(VERBOSE.name()) ? RevisionFormat.verbose(head, markers, List.of(), null)
					: RevisionFormat.id(head, markers) + System.lineSeparator());
		}
		return ExitCode.OK;
	}

}

package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.ShowResult;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code show REV}: every detail of one revision (ids, labels and prefixes resolve as
 * targets do).
 */
final class ShowCliCommand extends AbstractCliCommand {

	ShowCliCommand() {
		super("show", "REV", "show one revision in detail", List.of(), 1, 1);
	}

	@Override
	public boolean needsDatabase(CommandArguments arguments) {
		return false;
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		ShowResult result = engine.show(arguments.positional(0, null));
		Markers markers = new Markers(result.head(), false, result.children().size() > 1, result.revision().isMerge());
		out.print(RevisionFormat.verbose(result.revision(), markers, result.children(), null));
		return ExitCode.OK;
	}

}

package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.GeneratedRevision;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code merge -m MSG REV REV...} or {@code merge -m MSG heads}: writes an empty revision
 * that revises all of them (every head for {@code heads}), joining their branches.
 */
final class MergeCliCommand extends AbstractCliCommand {

	MergeCliCommand() {
		super("merge", "-m MSG (heads | REV REV...) [--java] [--dir D]",
				"write a merge revision joining REVs, or every head",
				List.of(RevisionCliCommand.MESSAGE, RevisionCliCommand.JAVA, RevisionCliCommand.DIRECTORY), 1,
				Integer.MAX_VALUE);
	}

	@Override
	public void validate(CommandArguments arguments) {
		RevisionCliCommand.requireMessage(arguments, name());
		if (arguments.positionals().size() == 1 && !arguments.positionals().get(0).equals(Migrate.HEADS)) {
			throw new UsageException("a merge joins two or more revisions: give them, or 'heads' for every head",
					name());
		}
	}

	@Override
	public boolean needsDatabase(CommandArguments arguments) {
		return false;
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		GeneratedRevision revision = engine.merge(arguments.value(RevisionCliCommand.MESSAGE.name()),
				arguments.positionals(), RevisionCliCommand.directory(arguments),
				arguments.has(RevisionCliCommand.JAVA.name()));
		out.println("Generated " + revision.path() + " (merge revision " + revision.id() + " of "
				+ String.join(", ", revision.revises()) + ")");
		return ExitCode.OK;
	}

}

package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.SecretMasker;
import dev.migrate.result.CurrentResult;
import dev.migrate.result.FailedStep;
import dev.migrate.result.RevisionInfo;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code current [-v]}: the heads recorded in the database, one {@code <id> (head)} per
 * line; nothing at base, as in Alembic, so scripts can test for empty output. A database
 * ahead of this release (the next release migrated it) gets one more line,
 * {@code ahead of this release by ...}; one that has diverged (unknown revisions applied,
 * own ones missing) says so and exits 1. A non-transactional step that failed or was
 * interrupted gets a line of its own (also at base), naming the {@code resolve} it
 * awaits.
 */
final class CurrentCliCommand extends AbstractCliCommand {

	CurrentCliCommand() {
		super("current", "[-v]", "show the revisions recorded in the database", List.of(VERBOSE), 0, 0);
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		CurrentResult current = engine.current();
		Set<String> graphHeads = current.graphHeads();
		boolean verbose = arguments.has(VERBOSE.name());
		if (verbose) {
			String url = engine.config().url();
			out.println("Current revision(s)" + (url == null ? "" : " for " + SecretMasker.maskUrls(url)) + ":");
		}
		for (RevisionInfo revision : current.revisions()) {
			Markers markers = Markers.head(graphHeads.contains(revision.id()));
			out.print(verbose ? RevisionFormat.verbose(revision, markers, List.of(), null)
					: RevisionFormat.id(revision, markers) + System.lineSeparator());
		}
		for (String unknown : current.unknown()) {
			out.println(unknown + " (not a revision of this release)");
		}
		for (FailedStep step : current.failed()) {
			// Part of it may be in the database: shown even at base, where nothing else
			// is.
			out.println(RevisionFormat.unfinished(step));
			if (verbose) {
				step.completedStatements().forEach(statement -> out.println("    completed: " + statement));
			}
		}
		if (current.diverged()) {
			out.println(RevisionFormat.diverged(current.ahead(), current.missing()));
			return ExitCode.FAILURE;
		}
		if (!current.ahead().isEmpty()) {
			out.println(RevisionFormat.ahead(current.ahead()));
		}
		return ExitCode.OK;
	}

}

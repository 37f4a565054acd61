package dev.migrate.autoconfigure;

import dev.migrate.DivergedDatabaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link DivergedDatabaseException} at startup: which applied revisions this
 * release does not know, which of its own are missing, and what to deploy.
 */
class DivergedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DivergedDatabaseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DivergedDatabaseException cause) {
		String description = "The database has diverged from this release, so migrate refuses to "
				+ "start against it (whatever migrate.on-ahead and migrate.on-pending say).\n"
				+ "\nApplied revisions this release does not know:\n    " + String.join("\n    ", cause.unknown())
				+ "\n\nRevisions of this release that are not applied:\n    " + String.join("\n    ", cause.missing())
				+ "\n";
		String action = "Deploy the release that contains " + String.join(", ", cause.unknown())
				+ " (when it descends from this release it brings the missing revisions too). If those revisions"
				+ " were removed from the code on purpose, undo their changes by hand and record the real state"
				+ " with 'migrate stamp --purge <rev>'.";
		return new FailureAnalysis(description, action, cause);
	}

}

package dev.migrate.autoconfigure;

import dev.migrate.DatabaseAheadException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link DatabaseAheadException} at startup: the next release already migrated
 * the database and {@code migrate.on-ahead=fail} refuses to run this one on it.
 */
class DatabaseAheadFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseAheadException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseAheadException cause) {
		String description = "The database is ahead of this release: it has applied revisions this release does"
				+ " not know (the next release's migration ran), and migrate.on-ahead=fail refuses to start.\n"
				+ "\nApplied revisions this release does not know:\n    " + String.join("\n    ", cause.revisions())
				+ "\n";
		String action = "Deploy the release that contains them, or set migrate.on-ahead=warn (the default) so that"
				+ " this release keeps running during a rolling deploy; its revisions are all applied.";
		return new FailureAnalysis(description, action, cause);
	}

}

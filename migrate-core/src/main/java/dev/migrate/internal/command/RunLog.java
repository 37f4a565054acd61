package dev.migrate.internal.command;

import dev.migrate.internal.runtime.ProgressLog;
import dev.migrate.result.AppliedStep;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one line an operator reads after an upgrade or downgrade: where the database is
 * now.
 */
final class RunLog {

	private static final Logger log = LoggerFactory.getLogger("dev.migrate");

	private RunLog() {
	}

	static void finished(String command, Collection<String> heads, List<AppliedStep> applied, Duration duration) {
		String at = heads.isEmpty() ? "base" : String.join(", ", heads);
		if (applied.isEmpty()) {
			ProgressLog.info(log, "Database is up to date at {}; nothing to {}", at, command);
		}
		else {
			ProgressLog.info(log, "{} {} revision(s) in {} ms; database is now at {}",
					command.equals("upgrade") ? "Applied" : "Reverted", applied.size(), duration.toMillis(), at);
		}
	}

}

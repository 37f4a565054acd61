package dev.migrate.autoconfigure.endpoint;

import dev.migrate.result.AppliedStep;
import dev.migrate.result.LastRun;
import java.util.List;

/**
 * The last command this application instance ran.
 *
 * @param startedAt when it started, ISO-8601
 * @param durationMs how long it took
 * @param outcome {@code success} or {@code failure}
 * @param applied ids of the revisions it applied, in order
 */
public record LastRunDescriptor(String startedAt, long durationMs, String outcome, List<String> applied) {

	static LastRunDescriptor of(LastRun lastRun) {
		return new LastRunDescriptor(lastRun.run().startedAt().toString(), lastRun.outcome().duration().toMillis(),
				lastRun.outcome().label(), lastRun.outcome().applied().stream().map(AppliedStep::revision).toList());
	}
}

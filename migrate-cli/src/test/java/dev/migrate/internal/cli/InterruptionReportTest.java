package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Direction;
import dev.migrate.RunInfo;
import dev.migrate.Transactional;
import dev.migrate.result.PlannedStep;
import dev.migrate.result.RevisionInfo;
import dev.migrate.result.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a signal during a run reports about the revision that was running: a transactional
 * one is rolled back by the server, unless its autocommit block had committed the part
 * before it, which the report cannot know and says where to look.
 */
class InterruptionReportTest {

	private static PlannedStep step(String id, Transactional transactional) {
		return new PlannedStep(new RevisionInfo(id, List.of(), Set.of(), List.of(), "", transactional, null,
				new SourceLocation(id + "_x.sql", 1), true), Direction.UPGRADE, Set.of(), Set.of(id));
	}

	private static InterruptionReport runningAfter(PlannedStep done, PlannedStep running) {
		InterruptionReport report = new InterruptionReport(new PrintStream(new ByteArrayOutputStream()), "migrate");
		report.runStarted(new RunInfo("upgrade", "heads", Instant.now()));
		report.stepStarted(done);
		report.stepFinished(done, Duration.ofMillis(5), null);
		report.stepStarted(running);
		return report;
	}

	@Test
	void aTransactionalRevisionIsRolledBackUnlessItsAutocommitBlockHadBegun() {
		assertThat(runningAfter(step("a0001", Transactional.TRUE), step("a0002", Transactional.AUTO)).describe())
			.isEqualTo("migrate: stopped by a signal during upgrade. upgrade of a0002 was running in its transaction"
					+ " and is rolled back by the server as the connection closes: nothing of it stays. Committed"
					+ " before: a0001. (Had it reached an autocommit block, the part before the block stays and it"
					+ " is recorded as started; see 'migrate current'.)");
	}

}

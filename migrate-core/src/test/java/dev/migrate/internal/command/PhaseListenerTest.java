package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrate.Migrate;
import dev.migrate.MigrateListener;
import dev.migrate.internal.source.RevisionLocationException;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The phases listeners are told about (the Spring module's startup steps): creating an
 * engine, and the lock-free start of an upgrade with nothing to do.
 */
@PostgresTest
class PhaseListenerTest {

	@Test
	void createAndANoOpUpgradeReportTheirPhasesInOrder(TestDatabase db) {
		Migrate.create(Fixtures.config(db, "graph").build()).upgrade("heads");
		PhaseRecorder phases = new PhaseRecorder();

		Migrate engine = Migrate.create(Fixtures.config(db, "graph").listener(phases).build());
		assertThat(phases.events).containsExactly("start engine.scan", "end engine.scan", "start engine.load",
				"end engine.load", "start engine.build", "end engine.build");

		phases.events.clear();
		assertThat(engine.upgrade("heads").applied()).isEmpty();
		assertThat(phases.events).containsExactly("start upgrade.connect", "end upgrade.connect",
				"start upgrade.state-read", "end upgrade.state-read", "start upgrade.check", "end upgrade.check");
		assertThat(phases.durations).allSatisfy((duration) -> assertThat(duration).isPositive());
	}

	@Test
	void aPhaseThatFailsStillEnds(TestDatabase db) {
		PhaseRecorder phases = new PhaseRecorder();

		assertThatExceptionOfType(RevisionLocationException.class).isThrownBy(() -> Migrate.create(
				Fixtures.config(db, "graph").locations("filesystem:/nonexistent/revisions").listener(phases).build()));
		assertThat(phases.events).containsExactly("start engine.scan", "end engine.scan");
	}

	private static final class PhaseRecorder implements MigrateListener {

		private final List<String> events = new ArrayList<>();

		private final List<Duration> durations = new ArrayList<>();

		@Override
		public void phaseStarted(String phase) {
			this.events.add("start " + phase);
		}

		@Override
		public void phaseFinished(String phase, Duration duration) {
			this.events.add("end " + phase);
			this.durations.add(duration);
		}

	}

}

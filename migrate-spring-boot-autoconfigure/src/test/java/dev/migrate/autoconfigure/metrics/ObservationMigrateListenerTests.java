package dev.migrate.autoconfigure.metrics;

import dev.migrate.result.RevisionInfo;
import dev.migrate.result.PlannedStep;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import dev.migrate.Transactional;
import dev.migrate.result.AppliedStep;
import dev.migrate.Direction;
import dev.migrate.result.SourceLocation;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the engine's listener callbacks become: Observations for tracing and timers for
 * metrics.
 */
class ObservationMigrateListenerTests {

	private static final PlannedStep STEP = new PlannedStep(
			new RevisionInfo("1a2b3c4d5e6f", List.of(), Set.of(), List.of(), "create users", Transactional.TRUE, null,
					new SourceLocation("classpath:db/x.sql", 1), true),
			Direction.UPGRADE, Set.of(), Set.of("1a2b3c4d5e6f"));

	private static final RunInfo RUN = new RunInfo("upgrade", "heads", Instant.now());

	@Test
	void observesRunsAndRevisionsNestedInThem() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		ObservationMigrateListener listener = new ObservationMigrateListener(registry, null, "apply", null, null);
		listener.runStarted(RUN);
		listener.stepStarted(STEP);
		listener.stepFinished(STEP, Duration.ofMillis(5), null);
		listener
			.runFinished(RUN,
					new RunOutcome(Duration.ofMillis(9), List.of(new AppliedStep("1a2b3c4d5e6f", "create users",
							List.of(), Direction.UPGRADE, Set.of(), Set.of("1a2b3c4d5e6f"), Duration.ofMillis(5))),
							null));
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("migrate.revision")
			.that()
			.hasContextualNameEqualTo("migrate upgrade 1a2b3c4d5e6f")
			.hasLowCardinalityKeyValue("revision", "1a2b3c4d5e6f")
			.hasLowCardinalityKeyValue("direction", "upgrade")
			.hasLowCardinalityKeyValue("outcome", "success")
			.doesNotHaveLowCardinalityKeyValueWithKey("engine")
			.hasParentObservationContextMatching((parent) -> parent instanceof RunObservationContext)
			.hasBeenStarted()
			.hasBeenStopped();
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("migrate.run")
			.that()
			.hasLowCardinalityKeyValue("command", "upgrade")
			.hasLowCardinalityKeyValue("mode", "apply")
			.hasLowCardinalityKeyValue("outcome", "success")
			.hasBeenStopped();
	}

	@Test
	void recordsTimersWithTheContractTags() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		ObservationMigrateListener listener = new ObservationMigrateListener(registry, null, "apply", null, null);
		IllegalStateException failure = new IllegalStateException("relation users already exists");
		listener.runStarted(RUN);
		listener.stepStarted(STEP);
		listener.stepFinished(STEP, Duration.ofMillis(5), failure);
		listener.runFinished(RUN, new RunOutcome(Duration.ofMillis(9), List.of(), failure));
		Timer revision = meters.get("migrate.revision").timer();
		assertThat(revision.getId().getTags()).extracting("key", "value")
			.contains(org.assertj.core.groups.Tuple.tuple("revision", "1a2b3c4d5e6f"),
					org.assertj.core.groups.Tuple.tuple("direction", "upgrade"),
					org.assertj.core.groups.Tuple.tuple("outcome", "failure"),
					org.assertj.core.groups.Tuple.tuple("error", "IllegalStateException"));
		assertThat(revision.count()).isEqualTo(1);
		Timer run = meters.get("migrate.run")
			.tag("command", "upgrade")
			.tag("mode", "apply")
			.tag("outcome", "failure")
			.timer();
		assertThat(run.count()).isEqualTo(1);
	}

	@Test
	void activeTimersCarryNoOutcome() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		ObservationMigrateListener listener = new ObservationMigrateListener(registry, null, "apply", null, null);
		listener.runStarted(RUN);
		listener.stepStarted(STEP);
		// While running, the outcome is not known: the active timers are tagged without
		// it.
		LongTaskTimer activeRevision = meters.get("migrate.revision.active").longTaskTimer();
		LongTaskTimer activeRun = meters.get("migrate.run.active").longTaskTimer();
		assertThat(activeRevision.activeTasks()).isOne();
		assertThat(activeRun.activeTasks()).isOne();
		assertThat(activeRevision.getId().getTags()).extracting("key").containsExactly("direction", "revision");
		assertThat(activeRun.getId().getTags()).extracting("key").containsExactly("command", "mode");
		listener.stepFinished(STEP, Duration.ofMillis(5), null);
		listener.runFinished(RUN, new RunOutcome(Duration.ofMillis(9), List.of(), null));
		assertThat(activeRevision.activeTasks()).isZero();
		assertThat(meters.get("migrate.revision").tag("outcome", "success").timer().count()).isOne();
		assertThat(meters.get("migrate.run").tag("outcome", "success").timer().count()).isOne();
		assertThat(meters.find("migrate.run.active").tagKeys("outcome").longTaskTimer()).isNull();
	}

	@Test
	void tagsWithTheEngineWhenThereAreSeveral() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		ObservationMigrateListener listener = new ObservationMigrateListener(registry, "billingMigrate", "apply", null,
				null);
		listener.stepStarted(STEP);
		listener.stepFinished(STEP, Duration.ofMillis(5), null);
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("migrate.revision")
			.that()
			.hasLowCardinalityKeyValue("engine", "billingMigrate");
	}

}

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
		ObservationMigrateListener listener = new ObservationMigrateListener(registry, null, null, null);
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
			.hasLowCardinalityKeyValue("mode", "upgrade")
			.hasLowCardinalityKeyValue("outcome", "success")
			.hasBeenStopped();
	}

	@Test
	void recordsTimersWithTheContractTags() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		ObservationMigrateListener listener = new ObservationMigrateListener(registry, null, null, null);
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
		Timer run = meters.get("migrate.run").tag("mode", "upgrade").tag("outcome", "failure").timer();
		assertThat(run.count()).isEqualTo(1);
		assertThat(meters.find("migrate.revision.active").longTaskTimer()).isNotNull();
	}

	@Test
	void tagsWithTheEngineWhenThereAreSeveral() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		ObservationMigrateListener listener = new ObservationMigrateListener(registry, "billingMigrate", null, null);
		listener.stepStarted(STEP);
		listener.stepFinished(STEP, Duration.ofMillis(5), null);
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("migrate.revision")
			.that()
			.hasLowCardinalityKeyValue("engine", "billingMigrate");
	}

}

package dev.migrate.autoconfigure.metrics;

import dev.migrate.MigrateListener;
import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import dev.migrate.result.PlannedStep;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one engine's runs and steps into Observations: {@code migrate.run} around each
 * command and {@code migrate.revision}, as its child, around each revision.
 */
class ObservationMigrateListener implements MigrateListener {

	private final ObservationRegistry registry;

	private final String engineTag;

	private final String mode;

	private final RunObservationConvention runConvention;

	private final RevisionObservationConvention revisionConvention;

	// Keyed by the callback's own value: start and finish callbacks receive the same
	// instance.
	private final Map<RunInfo, Observation> runs = new ConcurrentHashMap<>();

	private final Map<PlannedStep, Observation> steps = new ConcurrentHashMap<>();

	private final ThreadLocal<Observation> currentRun = new ThreadLocal<>();

	ObservationMigrateListener(ObservationRegistry registry, String engineTag, String mode,
			RunObservationConvention runConvention, RevisionObservationConvention revisionConvention) {
		this.registry = registry;
		this.engineTag = engineTag;
		this.mode = mode;
		this.runConvention = runConvention;
		this.revisionConvention = revisionConvention;
	}

	@Override
	public void runStarted(RunInfo run) {
		Observation observation = MigrateObservationDocumentation.RUN
			.observation(this.runConvention, new DefaultRunObservationConvention(),
					() -> new RunObservationContext(run, this.engineTag, this.mode), this.registry)
			.start();
		this.runs.put(run, observation);
		this.currentRun.set(observation);
	}

	@Override
	public void runFinished(RunInfo run, RunOutcome outcome) {
		Observation observation = this.runs.remove(run);
		this.currentRun.remove();
		if (observation == null) {
			return;
		}
		((RunObservationContext) observation.getContext()).setOutcome(outcome.label());
		if (outcome.error() != null) {
			observation.error(outcome.error());
		}
		observation.stop();
	}

	@Override
	public void stepStarted(PlannedStep step) {
		Observation observation = MigrateObservationDocumentation.REVISION.observation(this.revisionConvention,
				new DefaultRevisionObservationConvention(), () -> new RevisionObservationContext(step, this.engineTag),
				this.registry);
		Observation run = this.currentRun.get();
		if (run != null) {
			observation.parentObservation(run);
		}
		this.steps.put(step, observation.start());
	}

	@Override
	public void stepFinished(PlannedStep step, Duration duration, Throwable errorOrNull) {
		Observation observation = this.steps.remove(step);
		if (observation == null) {
			return;
		}
		((RevisionObservationContext) observation.getContext())
			.setOutcome((errorOrNull != null) ? "failure" : "success");
		if (errorOrNull != null) {
			observation.error(errorOrNull);
		}
		observation.stop();
	}

}

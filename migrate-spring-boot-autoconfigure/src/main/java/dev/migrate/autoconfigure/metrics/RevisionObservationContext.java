package dev.migrate.autoconfigure.metrics;

import dev.migrate.result.PlannedStep;
import io.micrometer.observation.Observation;

/**
 * Context of a {@link MigrateObservationDocumentation#REVISION} observation.
 */
public class RevisionObservationContext extends Observation.Context {

	private final PlannedStep step;

	private final String engineName;

	private String outcome;

	/**
	 * Creates a context.
	 * @param step the step being run
	 * @param engineName the engine's name, or {@code null} when it is the application's
	 * only engine
	 */
	public RevisionObservationContext(PlannedStep step, String engineName) {
		this.step = step;
		this.engineName = engineName;
	}

	public PlannedStep getStep() {
		return this.step;
	}

	public String getEngineName() {
		return this.engineName;
	}

	/**
	 * The outcome, {@code success} or {@code failure}, or {@code null} while the revision
	 * is still running.
	 * @return the outcome or {@code null}
	 */
	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

}

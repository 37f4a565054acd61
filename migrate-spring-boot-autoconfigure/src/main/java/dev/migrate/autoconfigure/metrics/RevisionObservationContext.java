package dev.migrate.autoconfigure.metrics;

import dev.migrate.internal.graph.MigrationStep;
import io.micrometer.observation.Observation;

/**
 * Context of a {@link MigrateObservationDocumentation#REVISION} observation.
 */
public class RevisionObservationContext extends Observation.Context {

	private final MigrationStep step;

	private final String engineName;

	private String outcome = "success";

	/**
	 * Creates a context.
	 * @param step the step being run
	 * @param engineName the engine's name, or {@code null} when it is the application's
	 * only engine
	 */
	public RevisionObservationContext(MigrationStep step, String engineName) {
		this.step = step;
		this.engineName = engineName;
	}

	public MigrationStep getStep() {
		return this.step;
	}

	public String getEngineName() {
		return this.engineName;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

}

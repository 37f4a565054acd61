package dev.migrate.autoconfigure.metrics;

import dev.migrate.RunInfo;
import io.micrometer.observation.Observation;

/**
 * Context of a {@link MigrateObservationDocumentation#RUN} observation.
 */
public class RunObservationContext extends Observation.Context {

	private final RunInfo run;

	private final String engineName;

	private String outcome = "success";

	/**
	 * Creates a context.
	 * @param run the run
	 * @param engineName the engine's name, or {@code null} when it is the application's
	 * only engine
	 */
	public RunObservationContext(RunInfo run, String engineName) {
		this.run = run;
		this.engineName = engineName;
	}

	public RunInfo getRun() {
		return this.run;
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

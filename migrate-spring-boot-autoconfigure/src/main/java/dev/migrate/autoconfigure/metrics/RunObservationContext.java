package dev.migrate.autoconfigure.metrics;

import dev.migrate.RunInfo;
import io.micrometer.observation.Observation;

/**
 * Context of a {@link MigrateObservationDocumentation#RUN} observation.
 */
public class RunObservationContext extends Observation.Context {

	private final RunInfo run;

	private final String engineName;

	private final String mode;

	private String outcome;

	/**
	 * Creates a context.
	 * @param run the run
	 * @param engineName the engine's name, or {@code null} when it is the application's
	 * only engine
	 * @param mode the application's {@code migrate.mode} in lower case ({@code apply},
	 * {@code verify} or {@code none})
	 */
	public RunObservationContext(RunInfo run, String engineName, String mode) {
		this.run = run;
		this.engineName = engineName;
		this.mode = mode;
	}

	public RunInfo getRun() {
		return this.run;
	}

	public String getEngineName() {
		return this.engineName;
	}

	public String getMode() {
		return this.mode;
	}

	/**
	 * The outcome, {@code success} or {@code failure}, or {@code null} while the run is
	 * still going.
	 * @return the outcome or {@code null}
	 */
	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

}

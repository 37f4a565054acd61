package dev.migrate.autoconfigure.metrics;

import dev.migrate.autoconfigure.metrics.MigrateObservationDocumentation.RunKeyNames;
import io.micrometer.common.KeyValues;

/**
 * Names run observations {@code migrate.run}, tagged with the command, the application's
 * startup mode and, once the run is over, the outcome (so the {@code migrate.run.active}
 * long task timer, created when the run starts, carries no outcome).
 */
public class DefaultRunObservationConvention implements RunObservationConvention {

	@Override
	public String getName() {
		return "migrate.run";
	}

	@Override
	public String getContextualName(RunObservationContext context) {
		return "migrate " + context.getRun().command();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(RunObservationContext context) {
		KeyValues values = KeyValues.of(RunKeyNames.COMMAND.withValue(context.getRun().command()),
				RunKeyNames.MODE.withValue(context.getMode()));
		if (context.getOutcome() != null) {
			values = values.and(RunKeyNames.OUTCOME.withValue(context.getOutcome()));
		}
		return (context.getEngineName() != null) ? values.and(RunKeyNames.ENGINE.withValue(context.getEngineName()))
				: values;
	}

}

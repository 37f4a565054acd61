package dev.migrate.autoconfigure.metrics;

import dev.migrate.autoconfigure.metrics.MigrateObservationDocumentation.RunKeyNames;
import io.micrometer.common.KeyValues;

/**
 * Names run observations {@code migrate.run}, tagged with the command as {@code mode} and
 * the outcome.
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
		KeyValues values = KeyValues.of(RunKeyNames.MODE.withValue(context.getRun().command()),
				RunKeyNames.OUTCOME.withValue(context.getOutcome()));
		return (context.getEngineName() != null) ? values.and(RunKeyNames.ENGINE.withValue(context.getEngineName()))
				: values;
	}

}

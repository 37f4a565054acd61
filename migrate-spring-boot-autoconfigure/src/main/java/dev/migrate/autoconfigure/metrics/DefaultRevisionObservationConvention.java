package dev.migrate.autoconfigure.metrics;

import dev.migrate.autoconfigure.metrics.MigrateObservationDocumentation.RevisionKeyNames;
import io.micrometer.common.KeyValues;

/**
 * Names revision observations {@code migrate.revision}, tagged with revision, direction
 * and, once the revision has run, the outcome (so the {@code migrate.revision.active}
 * long task timer, created when it starts, carries no outcome).
 */
public class DefaultRevisionObservationConvention implements RevisionObservationConvention {

	@Override
	public String getName() {
		return "migrate.revision";
	}

	@Override
	public String getContextualName(RevisionObservationContext context) {
		return "migrate " + context.getStep().direction().label() + " " + context.getStep().revision().id();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(RevisionObservationContext context) {
		KeyValues values = KeyValues.of(RevisionKeyNames.REVISION.withValue(context.getStep().revision().id()),
				RevisionKeyNames.DIRECTION.withValue(context.getStep().direction().label()));
		if (context.getOutcome() != null) {
			values = values.and(RevisionKeyNames.OUTCOME.withValue(context.getOutcome()));
		}
		return (context.getEngineName() != null)
				? values.and(RevisionKeyNames.ENGINE.withValue(context.getEngineName())) : values;
	}

}

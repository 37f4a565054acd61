package dev.migrate.autoconfigure.metrics;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Convention for revision observations; declare a bean to change names or tags.
 */
public interface RevisionObservationConvention extends ObservationConvention<RevisionObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof RevisionObservationContext;
	}

}

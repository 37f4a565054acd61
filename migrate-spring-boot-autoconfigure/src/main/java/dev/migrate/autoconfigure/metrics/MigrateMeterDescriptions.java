package dev.migrate.autoconfigure.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.Map;

/**
 * Gives the timers that Micrometer's meter observation handler creates from migrate's
 * Observations a description. The handler registers them by name alone, which leaves an
 * empty {@code # HELP} line in a Prometheus scrape; the meters migrate registers itself
 * carry their descriptions already.
 */
final class MigrateMeterDescriptions implements MeterFilter {

	private static final Map<String, String> DESCRIPTIONS = Map.of("migrate.run",
			"Time taken by migrate commands (upgrade, downgrade, stamp...), lock wait included", "migrate.run.active",
			"migrate commands running now", "migrate.revision", "Time taken to run one revision in one direction",
			"migrate.revision.active", "Revisions running now");

	@Override
	public Meter.Id map(Meter.Id id) {
		String description = (id.getDescription() == null) ? DESCRIPTIONS.get(id.getName()) : null;
		if (description == null) {
			return id;
		}
		return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
	}

}

package dev.migrate.autoconfigure.metrics;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrationStatusRecorder;
import dev.migrate.result.MigrationStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;

/**
 * The {@code migrate.revisions.pending}, {@code migrate.revisions.applied} and
 * {@code migrate.revisions.ahead} gauges, one set per engine. Values come from the last
 * state read (startup, endpoint, health) or the refresh after each command that changes
 * the database; reading a gauge never touches the database.
 */
public class MigrationGauges implements MigrationStatusRecorder {

	private static final Log logger = LogFactory.getLog(MigrationGauges.class);

	private final MeterRegistry registry;

	private final BeanFactory beanFactory;

	private final Function<String, Tags> engineTags;

	// Gauges hold their state object weakly: this map keeps it alive.
	private final Map<String, Counts> counts = new ConcurrentHashMap<>();

	MigrationGauges(MeterRegistry registry, BeanFactory beanFactory, Function<String, Tags> engineTags) {
		this.registry = registry;
		this.beanFactory = beanFactory;
		this.engineTags = engineTags;
	}

	@Override
	public void record(String engineName, MigrationStatus status) {
		Counts engineCounts = this.counts.computeIfAbsent(engineName, this::register);
		engineCounts.pending.set(status.pending().size());
		engineCounts.applied.set(status.applied().size());
		engineCounts.ahead.set(status.ahead().size());
	}

	/** Reads the named engine's state and records it; failures only cost freshness. */
	void refresh(String engineName) {
		if (!this.beanFactory.containsBean(engineName)) {
			return;
		}
		try {
			record(engineName, this.beanFactory.getBean(engineName, Migrate.class).status());
		}
		catch (RuntimeException ex) {
			logger.debug("Could not refresh migration gauges of engine '" + engineName + "'", ex);
		}
	}

	private Counts register(String engineName) {
		Counts engineCounts = new Counts();
		Tags tags = this.engineTags.apply(engineName);
		Gauge.builder("migrate.revisions.pending", engineCounts.pending, AtomicLong::get)
			.description("Revisions that upgrade heads would apply")
			.tags(tags)
			.register(this.registry);
		Gauge.builder("migrate.revisions.applied", engineCounts.applied, AtomicLong::get)
			.description("Revisions applied to the database")
			.tags(tags)
			.register(this.registry);
		Gauge.builder("migrate.revisions.ahead", engineCounts.ahead, AtomicLong::get)
			.description("Applied revisions this release does not know (the database is ahead of it)")
			.tags(tags)
			.register(this.registry);
		return engineCounts;
	}

	private static final class Counts {

		private final AtomicLong pending = new AtomicLong();

		private final AtomicLong applied = new AtomicLong();

		private final AtomicLong ahead = new AtomicLong();

	}

}

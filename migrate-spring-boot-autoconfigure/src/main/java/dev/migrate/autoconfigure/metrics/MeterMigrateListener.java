package dev.migrate.autoconfigure.metrics;

import dev.migrate.LockWaitTimeoutException;
import dev.migrate.MigrateListener;
import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Records one engine's lock waits as {@code migrate.lock.wait} and refreshes its gauges
 * after each command that changes the database. The lock wait is a plain timer rather
 * than an Observation because the engine reports it once it is over.
 */
class MeterMigrateListener implements MigrateListener {

	private static final String STAMP = "stamp";

	private final MeterRegistry registry;

	private final String engineName;

	private final Tags engineTags;

	private final MigrationGauges gauges;

	MeterMigrateListener(MeterRegistry registry, String engineName, Tags engineTags, MigrationGauges gauges) {
		this.registry = registry;
		this.engineName = engineName;
		this.engineTags = engineTags;
		this.gauges = gauges;
	}

	@Override
	public void lockAcquired(Duration waited) {
		lockWait("acquired").record(waited);
	}

	@Override
	public void lockFailed(Duration waited, Throwable error) {
		lockWait((error instanceof LockWaitTimeoutException) ? "timeout" : "failure").record(waited);
	}

	@Override
	public void runFinished(RunInfo run, RunOutcome outcome) {
		// The gauges count pending and applied revisions: only applied steps or a stamp
		// change them. A
		// run that changed nothing (every no-op application start) costs no extra state
		// read.
		if (!outcome.applied().isEmpty() || STAMP.equals(run.command())) {
			this.gauges.refresh(this.engineName);
		}
	}

	private Timer lockWait(String outcome) {
		return Timer.builder("migrate.lock.wait")
			.description("Time spent waiting for the migration lock")
			.tags(this.engineTags)
			.tag("outcome", outcome)
			.register(this.registry);
	}

}

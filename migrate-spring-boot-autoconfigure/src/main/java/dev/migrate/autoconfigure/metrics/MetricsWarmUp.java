package dev.migrate.autoconfigure.metrics;

import dev.migrate.MigrateListener;
import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.util.ClassUtils;

/**
 * Observes one run of a startup migration on throwaway registries, off the main thread:
 * the first {@code migrate.run} observation of a start loads Micrometer's observation,
 * timer and long-task-timer classes, about 50 ms in a fresh JVM that the startup
 * migration would otherwise pay on the main thread. The revision preload does it once its
 * revisions are loaded; nothing it records is kept.
 */
public final class MetricsWarmUp {

	private static final String OBSERVATION = "io.micrometer.observation.ObservationRegistry";

	private static final String METERS = "io.micrometer.core.instrument.simple.SimpleMeterRegistry";

	private MetricsWarmUp() {
	}

	/**
	 * Runs the observation when Micrometer's observation and meter modules are on the
	 * class path.
	 * @param classLoader the application's class loader
	 */
	public static void run(ClassLoader classLoader) {
		if (!ClassUtils.isPresent(OBSERVATION, classLoader) || !ClassUtils.isPresent(METERS, classLoader)) {
			return;
		}
		// A class of its own: Micrometer's types are resolved only once it is there.
		OneRun.observe();
	}

	private static final class OneRun {

		static void observe() {
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			ObservationRegistry observations = ObservationRegistry.create();
			observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
			MigrateListener listener = new ObservationMigrateListener(observations, "migrate", "apply",
					new DefaultRunObservationConvention(), new DefaultRevisionObservationConvention());
			RunInfo run = new RunInfo("upgrade", "heads", Instant.now());
			listener.runStarted(run);
			listener.runFinished(run, new RunOutcome(Duration.ZERO, List.of(), null));
			meters.close();
		}

	}

}

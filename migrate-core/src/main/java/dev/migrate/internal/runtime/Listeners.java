package dev.migrate.internal.runtime;

import dev.migrate.result.PlannedStep;

import dev.migrate.MigrateListener;
import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import dev.migrate.internal.graph.MigrationStep;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans events out to the configured {@link MigrateListener}s. A failing listener is
 * logged and skipped: metrics or logging must never turn a successful migration into a
 * failed one.
 */
public final class Listeners {

	private static final Logger log = LoggerFactory.getLogger(Listeners.class);

	private final List<MigrateListener> listeners;

	public Listeners(List<MigrateListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	public void runStarted(RunInfo run) {
		each(l -> l.runStarted(run));
	}

	public void runFinished(RunRow row) {
		if (!this.listeners.isEmpty()) {
			RunOutcome outcome = row.toOutcome();
			each(l -> l.runFinished(row.run(), outcome));
		}
	}

	public void stepStarted(MigrationStep step) {
		if (!this.listeners.isEmpty()) {
			PlannedStep planned = step.planned();
			each(l -> l.stepStarted(planned));
		}
	}

	public void stepFinished(MigrationStep step, Duration duration, Throwable error) {
		if (!this.listeners.isEmpty()) {
			PlannedStep planned = step.planned();
			each(l -> l.stepFinished(planned, duration, error));
		}
	}

	public void lockAcquired(Duration waited) {
		each(l -> l.lockAcquired(waited));
	}

	public void lockFailed(Duration waited, Throwable error) {
		each(l -> l.lockFailed(waited, error));
	}

	/**
	 * Begins a phase ({@link MigrateListener#phaseStarted}); returns its start for
	 * {@link #phaseFinished}. Free when nobody listens.
	 */
	public long phaseStarted(String phase) {
		if (this.listeners.isEmpty()) {
			return 0;
		}
		each(l -> l.phaseStarted(phase));
		return System.nanoTime();
	}

	public void phaseFinished(String phase, long start) {
		if (!this.listeners.isEmpty()) {
			Duration duration = Duration.ofNanos(System.nanoTime() - start);
			each(l -> l.phaseFinished(phase, duration));
		}
	}

	private void each(Consumer<MigrateListener> event) {
		for (MigrateListener listener : listeners) {
			try {
				event.accept(listener);
			}
			catch (RuntimeException ex) {
				// One line at WARN; the stack trace only at DEBUG (the CLI's --debug).
				log.warn("Listener {} failed; ignoring it: {}", listener, ex.toString());
				log.debug("Listener " + listener + " failed", ex);
			}
		}
	}

}

package dev.migrate.autoconfigure;

import dev.migrate.MigrateListener;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Records the engine's phases ({@link MigrateListener#phaseStarted}: scan, load, build,
 * connect, state read, check) as {@link ApplicationStartup} steps named
 * {@code migrate.<phase>}, tagged with the engine's name, so that
 * {@code BufferingApplicationStartup} and {@code /actuator/startup} break a start's
 * migrate part down. Core has no Spring dependency: it only tells its listeners.
 */
final class StartupStepListener implements MigrateListener {

	private final ApplicationStartup startup;

	private final String engineName;

	/** Phases do not nest and end on the thread that began them. */
	private final ThreadLocal<@Nullable StartupStep> current = new ThreadLocal<>();

	StartupStepListener(ApplicationStartup startup, String engineName) {
		this.startup = startup;
		this.engineName = engineName;
	}

	@Override
	public void phaseStarted(String phase) {
		this.current.set(this.startup.start("migrate." + phase).tag("engine", this.engineName));
	}

	@Override
	public void phaseFinished(String phase, Duration duration) {
		StartupStep step = this.current.get();
		if (step != null) {
			this.current.remove();
			step.end();
		}
	}

	@Override
	public String toString() {
		return "startup steps of engine '" + this.engineName + "'";
	}

}

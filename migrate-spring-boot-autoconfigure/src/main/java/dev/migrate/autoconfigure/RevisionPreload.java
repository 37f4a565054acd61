package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.autoconfigure.metrics.MetricsWarmUp;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The auto-configured engine's revisions, loaded on a background thread while the
 * application context starts (see {@link RevisionPreloadApplicationListener}): reading,
 * parsing and checksumming the revision files and building the graph is most of what
 * creating the engine costs, and in a fresh JVM much of that is class loading that
 * another core can do meanwhile.
 *
 * <p>
 * The engine bean takes the loaded revisions only when its own settings choose the same
 * ones (locations, packages, no Java revision beans, the same class loader); otherwise,
 * and when loading failed, it loads them itself, so a broken revision fails startup with
 * the same error and at the same point as without the preload.
 */
final class RevisionPreload {

	static final String BEAN_NAME = "migrateRevisionPreload";

	private static final Log logger = LogFactory.getLog(RevisionPreload.class);

	private final FutureTask<Migrate> loading;

	private RevisionPreload(FutureTask<Migrate> loading) {
		this.loading = loading;
	}

	/**
	 * Starts loading, on a daemon thread, the revisions chosen by the settings that
	 * {@code config} returns there.
	 */
	static RevisionPreload start(Callable<MigrateConfig> config) {
		FutureTask<Migrate> loading = new FutureTask<>(() -> {
			MigrateConfig settings = config.call();
			Migrate engine = Migrate.create(settings);
			try {
				// The main thread's startup migration is next; its first observation
				// would load Micrometer's classes there.
				MetricsWarmUp.run(settings.classLoader());
			}
			catch (RuntimeException | LinkageError ex) {
				logger.debug("Warming up the migration metrics failed", ex);
			}
			return engine;
		});
		Thread thread = new Thread(loading, "migrate-preload");
		thread.setDaemon(true);
		thread.start();
		return new RevisionPreload(loading);
	}

	/**
	 * An engine with {@code config} on the preloaded revisions, waiting for the loading
	 * to finish; {@code null} when {@code config} chooses other revisions or the loading
	 * failed (the caller then creates the engine itself).
	 */
	@Nullable Migrate engineFor(MigrateConfig config) {
		Migrate loaded;
		try {
			loaded = this.loading.get();
		}
		catch (ExecutionException ex) {
			logger.debug("Loading the revisions in the background failed; loading them again", ex.getCause());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		try {
			return loaded.withConfig(config);
		}
		catch (IllegalArgumentException ex) {
			logger.debug("Not using the revisions loaded in the background: " + ex.getMessage());
			return null;
		}
	}

}

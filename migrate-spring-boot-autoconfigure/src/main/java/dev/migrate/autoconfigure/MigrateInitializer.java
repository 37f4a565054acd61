package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.MigrationStatus;
import dev.migrate.result.VerifyResult;
import dev.migrate.result.PlannedStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.SmartFactoryBean;
import org.springframework.context.ApplicationStartupAware;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Runs {@code migrate.mode} for every engine while the context starts. It is a database
 * initializer (see {@link MigrateInitializerDatabaseInitializerDetector}), so the JPA
 * EntityManagerFactory, JdbcTemplate and other beans that use the database are created
 * only after it has finished.
 *
 * <p>
 * It is a factory bean because those beans wait for it by depending on it, and a Java
 * revision bean may itself need one of them (a data migration with a
 * {@code JdbcTemplate}). The migration runs when the initializer's product is first asked
 * for, at which point the initializer itself is an ordinary singleton; a bean the
 * migration needs in the meantime asks again, from the same thread, and is let through at
 * once. Had the migration run while the initializer was being created, that request would
 * be a circular reference: Spring would refuse it, or (as {@code getBeansOfType} does)
 * skip the engine being created and with it the whole migration.
 */
public class MigrateInitializer
		implements SmartFactoryBean<MigrateInitializer.Done>, SmartInitializingSingleton, ApplicationStartupAware {

	private static final Log logger = LogFactory.getLog(MigrateInitializer.class);

	private final ListableBeanFactory beanFactory;

	private final MigrateProperties properties;

	private final ObjectProvider<MigrationStatusRecorder> recorders;

	private volatile boolean running;

	private volatile boolean done;

	private int engineCount;

	private final Map<String, FutureTask<@Nullable Void>> statusReads = new LinkedHashMap<>();

	private ApplicationStartup applicationStartup = ApplicationStartup.DEFAULT;

	/**
	 * Creates an initializer.
	 * @param beanFactory where the engines (every {@link Migrate} bean) are found, when
	 * the migration runs
	 * @param properties what to do ({@code migrate.mode}, {@code migrate.target},
	 * {@code migrate.on-pending})
	 * @param recorders told about each engine's state after the startup action
	 */
	public MigrateInitializer(ListableBeanFactory beanFactory, MigrateProperties properties,
			ObjectProvider<MigrationStatusRecorder> recorders) {
		this.beanFactory = beanFactory;
		this.properties = properties;
		this.recorders = recorders;
	}

	@Override
	public void setApplicationStartup(ApplicationStartup applicationStartup) {
		this.applicationStartup = applicationStartup;
	}

	@Override
	public boolean isEagerInit() {
		// Runs at startup even when no bean depends on the database.
		return true;
	}

	@Override
	public Class<?> getObjectType() {
		return Done.class;
	}

	@Override
	public Done getObject() {
		if (this.running || this.done) {
			// A bean a revision needs, waiting for this initializer: the migration that
			// needs it is under way on this thread. Or the migration has run: the bean
			// factory does not cache this product for every caller (each bean that
			// depends on the initializer asks for it), and a start migrates once.
			return Done.INSTANCE;
		}
		this.running = true;
		try {
			run();
			this.done = true;
			return Done.INSTANCE;
		}
		finally {
			this.running = false;
		}
	}

	private void run() {
		if (this.properties.getMode() == MigrateMode.NONE) {
			logger.debug("migrate.mode=none: not touching the database");
			return;
		}
		// Bean definition order, so that several engines migrate in the order they are
		// declared. Each engine is created here, not looked up among finished beans: an
		// engine that cannot be created fails startup instead of being passed over.
		String[] names = this.beanFactory.getBeanNamesForType(Migrate.class);
		this.engineCount = names.length;
		List<MigrationStatusRecorder> statusRecorders = this.recorders.orderedStream().toList();
		for (String name : names) {
			Migrate engine = this.beanFactory.getBean(name, Migrate.class);
			// Startup steps (BufferingApplicationStartup, /actuator/startup) show what a
			// start pays for migrate: this step, and those of the engine bean's creation.
			StartupStep step = this.applicationStartup
				.start("migrate." + this.properties.getMode().name().toLowerCase(Locale.ROOT))
				.tag("engine", name);
			try {
				switch (this.properties.getMode()) {
					case APPLY -> apply(name, engine);
					case VERIFY -> verify(name, engine);
				}
			}
			finally {
				step.end();
			}
			if (!statusRecorders.isEmpty()) {
				// Gauges would otherwise show nothing until the first endpoint
				// read. Read on a thread of its own while the context goes on
				// starting (JPA is usually next), and waited for once every
				// singleton exists.
				FutureTask<@Nullable Void> read = new FutureTask<>(() -> record(name, engine, statusRecorders), null);
				Thread thread = new Thread(read, "migrate-status");
				thread.setDaemon(true);
				thread.start();
				this.statusReads.put(name, read);
			}
		}
	}

	private static void record(String name, Migrate engine, List<MigrationStatusRecorder> statusRecorders) {
		MigrationStatus status = engine.status();
		statusRecorders.forEach((recorder) -> recorder.record(name, status));
	}

	/**
	 * Waits for the gauges' state reads started by the startup migration, so that the
	 * gauges hold values once the context is refreshed.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.statusReads.forEach((name, read) -> {
			StartupStep step = this.applicationStartup.start("migrate.state-read").tag("engine", name);
			try {
				read.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException ex) {
				// The migration is done; a failed read only leaves the gauges empty until
				// the next endpoint or health read.
				logger.warn("Could not read the state of engine '" + name + "' for its gauges: "
						+ ex.getCause().getMessage());
				logger.debug("Reading the state for the gauges failed", ex.getCause());
			}
			finally {
				step.end();
			}
		});
		this.statusReads.clear();
	}

	private void apply(String name, Migrate engine) {
		if (this.engineCount > 1) {
			logger.info("Migrating the database of engine '" + name + "'");
		}
		// The engine logs where the database is once the run is over ("Database is up to
		// date at ..." or "Applied N revision(s) ..."), as it does for the CLI: logging
		// the result here as well printed every start's line twice.
		engine.upgrade(this.properties.getTarget());
	}

	private void verify(String name, Migrate engine) {
		VerifyResult result = engine.verify();
		// The engine leaves mismatches out when its own configuration does not validate
		// checksums.
		List<ChecksumMismatch> mismatches = result.mismatches();
		if (result.pending().isEmpty() && mismatches.isEmpty()) {
			logger.info("Database of engine '" + name + "' is up to date at " + result.current());
			return;
		}
		if (this.properties.getOnPending() == OnPending.FAIL) {
			throw new PendingMigrationsException(name, result.pending(), mismatches, upgradeCommand(name));
		}
		logger.warn("Database of engine '" + name + "' is not up to date (migrate.on-pending=warn, starting anyway)."
				+ describe(result.pending(), mismatches) + "\nApply them with '" + upgradeCommand(name)
				+ "' or a migration Job.");
	}

	private String upgradeCommand(String engineName) {
		return "java -jar app.jar migrate " + ((this.engineCount > 1) ? "--engine " + engineName + " " : "")
				+ "upgrade heads";
	}

	private static String describe(List<PlannedStep> pending, List<ChecksumMismatch> mismatches) {
		StringBuilder text = new StringBuilder();
		if (!pending.isEmpty()) {
			text.append("\nPending revisions: ")
				.append(pending.stream().map((step) -> step.revision().toString()).collect(Collectors.joining(", ")));
		}
		if (!mismatches.isEmpty()) {
			text.append("\nChanged applied revisions: ")
				.append(mismatches.stream().map(ChecksumMismatch::toString).collect(Collectors.joining("; ")));
		}
		return text.toString();
	}

	/**
	 * What the initializer makes: nothing but the fact that the startup migration is
	 * done, which the beans that depend on it wait for.
	 */
	public static final class Done {

		static final Done INSTANCE = new Done();

		private Done() {
		}

	}

}

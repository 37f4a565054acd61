package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.VerifyResult;
import dev.migrate.result.PlannedStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationStartupAware;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Runs {@code migrate.mode} for every engine while the context starts. It is a database
 * initializer (see {@link MigrateInitializerDatabaseInitializerDetector}), so the JPA
 * EntityManagerFactory, JdbcTemplate and other beans that use the database are created
 * only after it has finished.
 */
public class MigrateInitializer implements InitializingBean, ApplicationStartupAware {

	private static final Log logger = LogFactory.getLog(MigrateInitializer.class);

	private final Map<String, Migrate> engines;

	private final MigrateProperties properties;

	private final List<MigrationStatusRecorder> recorders;

	private ApplicationStartup applicationStartup = ApplicationStartup.DEFAULT;

	/**
	 * Creates an initializer.
	 * @param engines the engines by bean name
	 * @param properties what to do ({@code migrate.mode}, {@code migrate.target},
	 * {@code migrate.on-pending})
	 * @param recorders told about each engine's state after the startup action
	 */
	public MigrateInitializer(Map<String, Migrate> engines, MigrateProperties properties,
			List<MigrationStatusRecorder> recorders) {
		// Bean definition order, so that several engines migrate in the order they are
		// declared.
		this.engines = new LinkedHashMap<>(engines);
		this.properties = properties;
		this.recorders = List.copyOf(recorders);
	}

	@Override
	public void setApplicationStartup(ApplicationStartup applicationStartup) {
		this.applicationStartup = applicationStartup;
	}

	@Override
	public void afterPropertiesSet() {
		for (Map.Entry<String, Migrate> entry : this.engines.entrySet()) {
			String name = entry.getKey();
			Migrate engine = entry.getValue();
			// Startup steps (BufferingApplicationStartup, /actuator/startup) show what a
			// start pays for migrate: this step, and those of the engine bean's creation.
			StartupStep step = this.applicationStartup
				.start("migrate." + this.properties.getMode().name().toLowerCase(Locale.ROOT))
				.tag("engine", name);
			try {
				switch (this.properties.getMode()) {
					case APPLY -> apply(name, engine);
					case VERIFY -> verify(name, engine);
					case NONE -> logger.debug("migrate.mode=none: not touching the database of engine '" + name + "'");
				}
			}
			finally {
				step.end();
			}
			if (this.properties.getMode() != MigrateMode.NONE && !this.recorders.isEmpty()) {
				// Gauges would otherwise show nothing until the first endpoint read.
				StartupStep read = this.applicationStartup.start("migrate.state-read").tag("engine", name);
				try {
					var status = engine.status();
					this.recorders.forEach((recorder) -> recorder.record(name, status));
				}
				finally {
					read.end();
				}
			}
		}
	}

	private void apply(String name, Migrate engine) {
		if (this.engines.size() > 1) {
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
		return "java -jar app.jar migrate " + ((this.engines.size() > 1) ? "--engine " + engineName + " " : "")
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

}

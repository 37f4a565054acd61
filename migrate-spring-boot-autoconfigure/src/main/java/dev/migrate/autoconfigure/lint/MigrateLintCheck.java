package dev.migrate.autoconfigure.lint;

import dev.migrate.Migrate;
import dev.migrate.result.LintReport;
import dev.migrate.result.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationStartupAware;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Lints every engine's pending revisions while the context starts, before the startup
 * migration: it is registered as a database initializer ordered ahead of the migrate
 * initializer (see {@link MigrateLintCheckDatabaseInitializerDetector}), so with
 * {@code migrate.lint.fail-on-error} a revision with lint errors stops startup before it
 * is verified or applied. Findings are logged either way.
 */
public class MigrateLintCheck implements InitializingBean, ApplicationStartupAware {

	private static final Log logger = LogFactory.getLog(MigrateLintCheck.class);

	private final Map<String, Migrate> engines;

	private final MigrateLintProperties properties;

	private final boolean startupMigration;

	private ApplicationStartup applicationStartup = ApplicationStartup.DEFAULT;

	/**
	 * Creates the check.
	 * @param engines the engines by bean name
	 * @param properties severities and whether errors fail startup
	 * @param startupMigration whether {@code migrate.mode} verifies or applies at
	 * startup; with {@code none} nothing at startup touches the database, the check
	 * included
	 */
	public MigrateLintCheck(Map<String, Migrate> engines, MigrateLintProperties properties, boolean startupMigration) {
		this.engines = new LinkedHashMap<>(engines); // declaration order, as the
														// initializer keeps it
		this.properties = properties;
		this.startupMigration = startupMigration;
	}

	@Override
	public void setApplicationStartup(ApplicationStartup applicationStartup) {
		this.applicationStartup = applicationStartup;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.startupMigration) {
			this.engines.forEach(this::check);
		}
	}

	private void check(String name, Migrate engine) {
		// A startup step of its own (BufferingApplicationStartup, /actuator/startup): the
		// check reads the database's heads before the startup migration does.
		StartupStep step = this.applicationStartup.start("migrate.lint").tag("engine", name);
		LintReport report;
		try {
			report = engine.lint(this.properties.getRules());
		}
		finally {
			step.end();
		}
		if (report.active().isEmpty()) {
			logger.debug("Lint of engine '" + name + "': no findings in " + report.revisions().size()
					+ " pending revision(s)");
			return;
		}
		if (report.hasErrors() && this.properties.isFailOnError()) {
			throw new LintFailedException(name, report);
		}
		String text = "Lint of the pending revisions of engine '" + name + "':\n" + report.toText();
		if (report.count(Severity.ERROR) + report.count(Severity.WARNING) > 0) {
			logger.warn(text);
		}
		else {
			logger.info(text);
		}
	}

}

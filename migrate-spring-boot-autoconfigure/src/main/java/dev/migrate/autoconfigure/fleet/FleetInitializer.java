package dev.migrate.autoconfigure.fleet;

import dev.migrate.autoconfigure.OnPending;
import dev.migrate.result.FleetResult;
import dev.migrate.result.FleetState;
import dev.migrate.result.FleetTargetResult;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs {@code migrate.fleet.mode} across the fleet while the context starts: 'apply'
 * upgrades the targets that are behind, 'verify' reads every target's state in a few
 * batched queries (no engine per target). A database initializer like the single-engine
 * one, so JPA and JdbcTemplate wait for it.
 */
public class FleetInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(FleetInitializer.class);

	private final FleetMigrations fleet;

	private final MigrateFleetProperties properties;

	private final String target;

	/**
	 * Creates the initializer.
	 * @param fleet the fleet
	 * @param properties mode and failure handling
	 * @param target the startup upgrade target ({@code migrate.target})
	 */
	public FleetInitializer(FleetMigrations fleet, MigrateFleetProperties properties, String target) {
		this.fleet = fleet;
		this.properties = properties;
		this.target = target;
	}

	@Override
	public void afterPropertiesSet() {
		switch (this.properties.getMode()) {
			case APPLY -> apply();
			case VERIFY -> verify();
			case NONE -> logger.debug("migrate.fleet.mode=none: not touching the fleet at startup");
		}
	}

	private void apply() {
		FleetResult result = this.fleet.upgrade(this.target);
		String summary = summary(result);
		if (result.anyFailed() && this.properties.getOnFailure() == OnPending.FAIL) {
			throw new FleetFailedException("Fleet upgrade failed on " + result.count(FleetState.FAILED) + " of "
					+ result.targets().size() + " targets (" + summary + "):" + failures(result)
					+ "\nThe other targets were upgraded. Fix the data or revision and restart, or run "
					+ "'java -jar app.jar migrate fleet upgrade ...'; set migrate.fleet.on-failure=warn to start anyway.");
		}
		if (result.anyFailed()) {
			logger
				.warn("Fleet upgrade (migrate.fleet.on-failure=warn, starting anyway): " + summary + failures(result));
		}
		else {
			logger.info("Fleet upgrade: " + summary);
		}
	}

	private void verify() {
		FleetResult result = this.fleet.verify();
		boolean behind = result.count(FleetState.PENDING) > 0 || result.anyFailed();
		if (behind && this.properties.getOnPending() == OnPending.FAIL) {
			throw new FleetFailedException("Fleet is not up to date (" + summary(result) + "):" + failures(result)
					+ "\nRun 'java -jar app.jar migrate fleet upgrade ...' or a migration Job, or set "
					+ "migrate.fleet.on-pending=warn to start anyway.");
		}
		logger.info("Fleet verify: " + summary(result));
	}

	private static String summary(FleetResult result) {
		return result.targets().size() + " targets, " + result.count(FleetState.UP_TO_DATE) + " up to date, "
				+ result.count(FleetState.PENDING) + " pending, " + result.count(FleetState.FAILED) + " failed, "
				+ result.count(FleetState.AHEAD) + " ahead, " + result.appliedCount() + " revisions applied in "
				+ result.duration().toMillis() + " ms";
	}

	private static String failures(FleetResult result) {
		return result.notUpToDate()
			.stream()
			.limit(20)
			.map(FleetInitializer::line)
			.collect(Collectors.joining("", "", (result.notUpToDate().size() > 20) ? "\n  ..." : ""));
	}

	private static String line(FleetTargetResult target) {
		return "\n  " + target.target() + ": " + target.state().label()
				+ ((target.failedRevision() != null) ? " at " + target.failedRevision() : "")
				+ ((target.error() != null) ? ": " + target.error().lines().findFirst().orElse("") : "");
	}

}

package dev.migrate.autoconfigure.health;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrationStatusRecorder;
import dev.migrate.OnAhead;
import dev.migrate.result.AheadRevision;
import dev.migrate.result.MigrationStatus;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of one engine's database: {@code UP} when up to date, also when the database is
 * only ahead of this release (the next release's migration ran during a rolling deploy;
 * the unknown revisions are listed under {@code ahead}, and {@code migrate.on-ahead=fail}
 * makes it {@code DOWN}); {@code OUT_OF_SERVICE} while revisions are pending (or applied
 * ones changed); {@code DOWN} when the state cannot be read, the database has diverged
 * (unknown revisions applied while own ones are missing), or a non-transactional step
 * failed or was interrupted (it awaits {@code migrate resolve}; restarting or retrying
 * cannot fix it). Meant for a readiness group, never for liveness: restarting does not
 * apply a migration.
 */
public class MigrationsHealthIndicator implements HealthIndicator {

	private final String engineName;

	private final Migrate engine;

	private final List<MigrationStatusRecorder> recorders;

	/**
	 * Creates an indicator.
	 * @param engineName the engine's bean name
	 * @param engine the engine
	 * @param recorders told about each state read
	 */
	public MigrationsHealthIndicator(String engineName, Migrate engine, List<MigrationStatusRecorder> recorders) {
		this.engineName = engineName;
		this.engine = engine;
		this.recorders = List.copyOf(recorders);
	}

	@Override
	public Health health() {
		MigrationStatus status;
		try {
			status = this.engine.status();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
		this.recorders.forEach((recorder) -> recorder.record(this.engineName, status));
		boolean refusedAhead = !status.ahead().isEmpty() && this.engine.config().onAhead() == OnAhead.FAIL;
		Health.Builder builder = (!status.failed().isEmpty() || status.diverged() || refusedAhead) ? Health.down()
				: status.upToDate() ? Health.up() : Health.status(Status.OUT_OF_SERVICE);
		builder.withDetail("current", List.copyOf(status.current()))
			.withDetail("heads", List.copyOf(status.heads()))
			.withDetail("pending", status.pending().size())
			.withDetail("ahead", status.ahead().stream().map(AheadRevision::revision).toList());
		if (status.diverged()) {
			builder.withDetail("diverged", true);
		}
		if (!status.failed().isEmpty()) {
			builder.withDetail("failed",
					status.failed()
						.stream()
						.map((step) -> step.revision() + " " + step.direction() + " " + step.state())
						.toList());
		}
		if (!status.mismatches().isEmpty()) {
			builder.withDetail("checksumMismatches", status.mismatches().size());
		}
		return builder.build();
	}

}

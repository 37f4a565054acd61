package dev.migrate.autoconfigure.endpoint;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.migrate.autoconfigure.fleet.FleetDescriptor;
import dev.migrate.result.MigrationStatus;
import java.util.List;

/**
 * One engine's state as {@code /actuator/migrations} shows it (docs/spring-boot.md).
 *
 * @param current recorded heads
 * @param heads heads of the revision graph
 * @param upToDate whether nothing is pending and no applied revision changed
 * @param pending revisions {@code upgrade heads} would run, in order
 * @param checksumMismatches applied revisions whose source changed
 * @param mode the startup mode, {@code apply}, {@code verify} or {@code none}
 * @param lastRun the last command this instance ran, or {@code null}
 * @param applied applied revisions, in apply order
 * @param ahead applied revisions this release does not know (the database is ahead of the
 * code), in apply order
 * @param failed non-transactional steps that failed or were interrupted and await
 * {@code migrate resolve}
 * @param fleet the fleet summary when the application runs a fleet (docs/fleet.md), else
 * absent
 */
public record EngineDescriptor(List<String> current, List<String> heads, boolean upToDate,
		List<PendingRevisionDescriptor> pending, List<ChecksumMismatchDescriptor> checksumMismatches, String mode,
		LastRunDescriptor lastRun, List<AppliedRevisionDescriptor> applied, List<AheadRevisionDescriptor> ahead,
		List<FailedStepDescriptor> failed,
		@JsonInclude(JsonInclude.Include.NON_NULL) FleetDescriptor fleet) implements MigrationsDescriptor {

	static EngineDescriptor of(MigrationStatus status, String mode) {
		return new EngineDescriptor(List.copyOf(status.current()), List.copyOf(status.heads()), status.upToDate(),
				status.pending().stream().map(PendingRevisionDescriptor::of).toList(),
				status.mismatches().stream().map(ChecksumMismatchDescriptor::of).toList(), mode,
				(status.lastRun() != null) ? LastRunDescriptor.of(status.lastRun()) : null,
				status.applied().stream().map(AppliedRevisionDescriptor::of).toList(),
				status.ahead().stream().map(AheadRevisionDescriptor::of).toList(),
				status.failed().stream().map(FailedStepDescriptor::of).toList(), null);
	}

	/** The same state with the fleet summary. */
	EngineDescriptor withFleet(FleetDescriptor fleet) {
		return new EngineDescriptor(this.current, this.heads, this.upToDate, this.pending, this.checksumMismatches,
				this.mode, this.lastRun, this.applied, this.ahead, this.failed, fleet);
	}
}

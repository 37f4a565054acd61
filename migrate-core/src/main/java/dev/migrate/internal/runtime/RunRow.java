package dev.migrate.internal.runtime;

import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one write run of this engine instance ended, as the runtime records it: the
 * engine's own row, mapped to the public {@link RunOutcome} only where a listener or a
 * result needs it ({@link #toOutcome()}).
 *
 * @param run which command, when
 * @param duration wall time of the run, lock wait included
 * @param applied steps that completed
 * @param error the failure, or null on success
 */
public record RunRow(RunInfo run, Duration duration, List<StepRow> applied, @Nullable Throwable error) {

	public RunRow {
		applied = List.copyOf(applied);
	}

	/** The run's end as listeners and {@code status} describe it. */
	public RunOutcome toOutcome() {
		return new RunOutcome(duration, StepRow.toResults(applied), error);
	}

}

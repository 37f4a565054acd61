package dev.migrate;

import dev.migrate.result.AppliedStep;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a run ended.
 *
 * @param duration wall time of the run, lock wait included
 * @param applied steps that completed (and were committed, except in transaction mode all
 * after a failure)
 * @param error the failure, or null on success
 */
public record RunOutcome(Duration duration, List<AppliedStep> applied, @Nullable Throwable error) {

	public RunOutcome {
		Objects.requireNonNull(duration, "duration");
		applied = List.copyOf(applied);
	}

	public boolean success() {
		return error == null;
	}

	/**
	 * {@code success} or {@code failure}, as used by metric tags and the actuator
	 * endpoint.
	 */
	public String label() {
		return success() ? "success" : "failure";
	}
}

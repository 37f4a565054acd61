package dev.migrate.result;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code verify}: whether the database is at the graph's heads with unchanged applied
 * revisions. A result, not an exception, so the CLI, health indicator and endpoint share
 * it.
 *
 * @param current recorded heads
 * @param heads heads of the revision graph
 * @param pending steps {@code upgrade heads} would run
 * @param mismatches applied revisions whose checksum changed
 * @param failed non-transactional steps that failed or were interrupted and await
 * {@code resolve}
 */
public record VerifyResult(Set<String> current, Set<String> heads, List<PlannedStep> pending,
		List<ChecksumMismatch> mismatches, List<FailedStep> failed) {

	public VerifyResult {
		current = Collections.unmodifiableSet(new LinkedHashSet<>(current));
		heads = Collections.unmodifiableSet(new LinkedHashSet<>(heads));
		pending = List.copyOf(pending);
		mismatches = List.copyOf(mismatches);
		failed = List.copyOf(failed);
	}

	public VerifyResult(Set<String> current, Set<String> heads, List<PlannedStep> pending,
			List<ChecksumMismatch> mismatches) {
		this(current, heads, pending, mismatches, List.of());
	}

	/**
	 * True when nothing is pending, no applied revision changed and no step awaits
	 * {@code resolve}.
	 */
	public boolean upToDate() {
		return pending.isEmpty() && mismatches.isEmpty() && failed.isEmpty();
	}
}

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
 */
public record VerifyResult(Set<String> current, Set<String> heads, List<PlannedStep> pending,
		List<ChecksumMismatch> mismatches) {

	public VerifyResult {
		current = Collections.unmodifiableSet(new LinkedHashSet<>(current));
		heads = Collections.unmodifiableSet(new LinkedHashSet<>(heads));
		pending = List.copyOf(pending);
		mismatches = List.copyOf(mismatches);
	}

	/** True when nothing is pending and no applied revision changed. */
	public boolean upToDate() {
		return pending.isEmpty() && mismatches.isEmpty();
	}
}

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
 * @param ahead applied revisions this release does not know (the next release's migration
 * ran), in apply order; verify refuses a database that has diverged (unknown revisions
 * applied, own ones missing), so here every revision of this release is applied
 */
public record VerifyResult(Set<String> current, Set<String> heads, List<PlannedStep> pending,
		List<ChecksumMismatch> mismatches, List<FailedStep> failed, List<AheadRevision> ahead) {

	public VerifyResult {
		current = Collections.unmodifiableSet(new LinkedHashSet<>(current));
		heads = Collections.unmodifiableSet(new LinkedHashSet<>(heads));
		pending = List.copyOf(pending);
		mismatches = List.copyOf(mismatches);
		failed = List.copyOf(failed);
		ahead = List.copyOf(ahead);
	}

	public VerifyResult(Set<String> current, Set<String> heads, List<PlannedStep> pending,
			List<ChecksumMismatch> mismatches, List<FailedStep> failed) {
		this(current, heads, pending, mismatches, failed, List.of());
	}

	public VerifyResult(Set<String> current, Set<String> heads, List<PlannedStep> pending,
			List<ChecksumMismatch> mismatches) {
		this(current, heads, pending, mismatches, List.of(), List.of());
	}

	/**
	 * True when nothing is pending, no applied revision changed and no step awaits
	 * {@code resolve}; a database that is only {@link #ahead()} of this release is up to
	 * date.
	 */
	public boolean upToDate() {
		return pending.isEmpty() && mismatches.isEmpty() && failed.isEmpty();
	}
}

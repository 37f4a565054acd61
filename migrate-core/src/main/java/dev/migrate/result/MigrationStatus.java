package dev.migrate.result;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the actuator endpoint and health indicator show, read in one go.
 *
 * @param current recorded heads
 * @param heads heads of the revision graph
 * @param pending revisions {@code upgrade heads} would run, in order
 * @param mismatches applied revisions whose checksum changed
 * @param applied for each applied revision with a history row, its last successful
 * upgrade, in apply order
 * @param lastRun the last run of this engine instance, or null when it has not run
 * @param failed non-transactional steps that failed or were interrupted and await
 * {@code resolve}
 * @param ahead applied revisions this release does not know (the next release's migration
 * ran), in apply order; with revisions {@code pending} as well the database has
 * {@link #diverged()}
 */
public record MigrationStatus(Set<String> current, Set<String> heads, List<RevisionInfo> pending,
		List<ChecksumMismatch> mismatches, List<HistoryRecord> applied, @Nullable LastRun lastRun,
		List<FailedStep> failed, List<AheadRevision> ahead) {

	public MigrationStatus {
		current = Collections.unmodifiableSet(new LinkedHashSet<>(current));
		heads = Collections.unmodifiableSet(new LinkedHashSet<>(heads));
		pending = List.copyOf(pending);
		mismatches = List.copyOf(mismatches);
		applied = List.copyOf(applied);
		failed = List.copyOf(failed);
		ahead = List.copyOf(ahead);
	}

	public MigrationStatus(Set<String> current, Set<String> heads, List<RevisionInfo> pending,
			List<ChecksumMismatch> mismatches, List<HistoryRecord> applied, LastRun lastRun, List<FailedStep> failed) {
		this(current, heads, pending, mismatches, applied, lastRun, failed, List.of());
	}

	public MigrationStatus(Set<String> current, Set<String> heads, List<RevisionInfo> pending,
			List<ChecksumMismatch> mismatches, List<HistoryRecord> applied, LastRun lastRun) {
		this(current, heads, pending, mismatches, applied, lastRun, List.of(), List.of());
	}

	/**
	 * True when nothing is pending, no applied revision changed and no step awaits
	 * {@code resolve}; a database that is only ahead of this release is up to date.
	 */
	public boolean upToDate() {
		return pending.isEmpty() && mismatches.isEmpty() && failed.isEmpty();
	}

	/**
	 * True when the database holds revisions this release does not know while revisions
	 * of this release are pending: it has diverged, and neither upgrade nor startup runs.
	 */
	public boolean diverged() {
		return !ahead.isEmpty() && !pending.isEmpty();
	}
}

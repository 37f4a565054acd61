package dev.migrate.result;

import java.util.List;
import java.util.Set;

/**
 * The heads recorded in the database.
 *
 * @param heads recorded revision ids, as stored
 * @param revisions the recorded heads that the loaded revisions know, in the same order
 * @param unknown recorded heads no loaded revision has (deleted or renamed files)
 * @param graphHeads ids of the heads of the loaded revision graph
 * @param ahead applied revisions this release does not know, in apply order (the unknown
 * heads and the unknown revisions below them, traced through the history table)
 * @param missing when revisions are {@code ahead}: this release's revisions that are not
 * applied, in upgrade order; non-empty means the database has {@link #diverged()}. Empty
 * when nothing is ahead.
 * @param failed non-transactional steps that failed or were interrupted and await
 * {@code migrate resolve} (the database may hold part of them)
 */
public record CurrentResult(List<String> heads, List<RevisionInfo> revisions, List<String> unknown,
		Set<String> graphHeads, List<AheadRevision> ahead, List<String> missing, List<FailedStep> failed) {

	public CurrentResult {
		heads = List.copyOf(heads);
		revisions = List.copyOf(revisions);
		unknown = List.copyOf(unknown);
		graphHeads = Set.copyOf(graphHeads);
		ahead = List.copyOf(ahead);
		missing = List.copyOf(missing);
		failed = List.copyOf(failed);
	}

	public CurrentResult(List<String> heads, List<RevisionInfo> revisions, List<String> unknown,
			Set<String> graphHeads) {
		this(heads, revisions, unknown, graphHeads, List.of(), List.of(), List.of());
	}

	/**
	 * True when the database holds revisions this release does not know while revisions
	 * of this release are not applied.
	 */
	public boolean diverged() {
		return !ahead.isEmpty() && !missing.isEmpty();
	}

	/** True when the version table is empty or missing (the database is at base). */
	public boolean atBase() {
		return heads.isEmpty();
	}
}

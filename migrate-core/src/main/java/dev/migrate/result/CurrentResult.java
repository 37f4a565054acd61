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
 * @param failed non-transactional steps that failed or were interrupted and await
 * {@code migrate resolve} (the database may hold part of them)
 */
public record CurrentResult(List<String> heads, List<RevisionInfo> revisions, List<String> unknown,
		Set<String> graphHeads, List<FailedStep> failed) {

	public CurrentResult {
		heads = List.copyOf(heads);
		revisions = List.copyOf(revisions);
		unknown = List.copyOf(unknown);
		graphHeads = Set.copyOf(graphHeads);
		failed = List.copyOf(failed);
	}

	/** True when the version table is empty or missing (the database is at base). */
	public boolean atBase() {
		return heads.isEmpty();
	}
}

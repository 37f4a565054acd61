package dev.migrate.result;

import dev.migrate.internal.revision.RevisionScript;
import java.util.List;

/**
 * The heads recorded in the database.
 *
 * @param heads recorded revision ids, as stored
 * @param revisions the recorded heads that the loaded revisions know, in the same order
 * @param unknown recorded heads no loaded revision has (deleted or renamed files)
 */
public record CurrentResult(List<String> heads, List<RevisionScript> revisions, List<String> unknown) {

	public CurrentResult {
		heads = List.copyOf(heads);
		revisions = List.copyOf(revisions);
		unknown = List.copyOf(unknown);
	}

	/** True when the version table is empty or missing (the database is at base). */
	public boolean atBase() {
		return heads.isEmpty();
	}
}

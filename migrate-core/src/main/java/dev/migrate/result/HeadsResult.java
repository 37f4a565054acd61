package dev.migrate.result;

import java.util.List;
import java.util.Set;

/**
 * The heads of the revision graph (revisions nobody revises).
 *
 * @param heads head revisions
 * @param current ids of the heads that are also recorded in the database; empty when not
 * read
 */
public record HeadsResult(List<RevisionInfo> heads, Set<String> current) {

	public HeadsResult {
		heads = List.copyOf(heads);
		current = Set.copyOf(current);
	}
}

package dev.migrate.result;

import java.util.List;

/**
 * The heads of the revision graph (revisions nobody revises). Read from the graph alone,
 * as Alembic's {@code heads}: the database's position is {@code current}'s business, so
 * that {@code heads} answers with the database down.
 *
 * @param heads head revisions
 */
public record HeadsResult(List<RevisionInfo> heads) {

	public HeadsResult {
		heads = List.copyOf(heads);
	}
}

package dev.migrate.internal.execution;

import dev.migrate.Migration;
import dev.migrate.Transactional;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import java.util.List;
import java.util.Set;

/** Builds revision scripts around test migrations. */
final class Revisions {

	private Revisions() {
	}

	static RevisionScript of(String id, Transactional transactional, Migration migration) {
		return new RevisionScript(id, List.of(), Set.of(), List.of(), "", transactional, null,
				new SourceLocation(migration.getClass().getName(), 0), migration, true);
	}

	static RevisionScript withoutDowngrade(String id, Migration migration) {
		return new RevisionScript(id, List.of(), Set.of(), List.of(), "", Transactional.AUTO, null,
				new SourceLocation(migration.getClass().getName(), 0), migration, false);
	}

}

package dev.migrate.internal.graph;

import dev.migrate.internal.revision.RevisionIds;
import dev.migrate.result.SourceLocation;

/** A revision id that is not 1-64 characters of {@code [A-Za-z0-9_]}. */
public final class InvalidRevisionIdException extends RevisionGraphException {

	private static final long serialVersionUID = 1L;

	private final String revisionId;

	private final transient SourceLocation location;

	public InvalidRevisionIdException(String revisionId, SourceLocation location) {
		super("Invalid revision id '" + revisionId + "' in " + location + ": an id is " + RevisionIds.ID_RULE
				+ ". Rename the revision" + " (and update every revises/depends-on that points at it).");
		this.revisionId = revisionId;
		this.location = location;
	}

	public String revisionId() {
		return revisionId;
	}

	public SourceLocation location() {
		return location;
	}

}

package dev.migrate.internal.graph;

import dev.migrate.result.SourceLocation;

/** Two revisions share an id; the graph cannot tell which one others revise. */
public final class DuplicateRevisionException extends RevisionGraphException {

	private static final long serialVersionUID = 1L;

	private final String revisionId;

	private final transient SourceLocation firstLocation;

	private final transient SourceLocation secondLocation;

	public DuplicateRevisionException(String revisionId, SourceLocation firstLocation, SourceLocation secondLocation) {
		super("Revision id '" + revisionId + "' is defined twice: in " + firstLocation + " and in " + secondLocation
				+ ". Give one of them a new id and update the revisions that revise it.");
		this.revisionId = revisionId;
		this.firstLocation = firstLocation;
		this.secondLocation = secondLocation;
	}

	public String revisionId() {
		return revisionId;
	}

	public SourceLocation firstLocation() {
		return firstLocation;
	}

	public SourceLocation secondLocation() {
		return secondLocation;
	}

}

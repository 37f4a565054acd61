package dev.migrate.internal.graph;

import dev.migrate.result.SourceLocation;

/** A revision revises or depends on an id that no revision has. */
public final class MissingReferenceException extends RevisionGraphException {

	private static final long serialVersionUID = 1L;

	private final String revisionId;

	private final transient SourceLocation location;

	private final ReferenceKind kind;

	private final String missingId;

	public MissingReferenceException(String revisionId, SourceLocation location, ReferenceKind kind, String missingId) {
		super("Revision " + revisionId + " (" + location + ") "
				+ (kind == ReferenceKind.REVISES ? "revises" : "depends on") + " '" + missingId
				+ "', which does not exist. Fix its '" + kind.header()
				+ "' header: check for a typo, or restore the deleted revision.");
		this.revisionId = revisionId;
		this.location = location;
		this.kind = kind;
		this.missingId = missingId;
	}

	/** The revision that declares the dangling reference. */
	public String revisionId() {
		return revisionId;
	}

	public SourceLocation location() {
		return location;
	}

	public ReferenceKind kind() {
		return kind;
	}

	/** The id that was referenced but not found. */
	public String missingId() {
		return missingId;
	}

}

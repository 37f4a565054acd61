package dev.migrate.internal.graph;

import dev.migrate.result.SourceLocation;

/**
 * A branch label that could not be used in a target: bad characters, a keyword
 * ({@code head}, {@code heads}, {@code base}), or the id of a revision.
 */
public final class InvalidBranchLabelException extends RevisionGraphException {

	private static final long serialVersionUID = 1L;

	private final String label;

	private final String revisionId;

	private final transient SourceLocation location;

	/**
	 * @param reason why the label is unusable, completing "label 'x' ..."; e.g. "is a
	 * reserved word"
	 */
	public InvalidBranchLabelException(String label, String revisionId, SourceLocation location, String reason) {
		super("Revision " + revisionId + " (" + location + ") declares branch label '" + label + "', which " + reason
				+ ". Choose another label.");
		this.label = label;
		this.revisionId = revisionId;
		this.location = location;
	}

	public String label() {
		return label;
	}

	public String revisionId() {
		return revisionId;
	}

	public SourceLocation location() {
		return location;
	}

}

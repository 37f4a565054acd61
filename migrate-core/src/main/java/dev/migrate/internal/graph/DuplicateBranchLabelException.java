package dev.migrate.internal.graph;

import dev.migrate.result.SourceLocation;

/**
 * Two revisions declare the same branch label, so {@code label@head} would be ambiguous.
 */
public final class DuplicateBranchLabelException extends RevisionGraphException {

	private static final long serialVersionUID = 1L;

	private final String label;

	private final String firstRevisionId;

	private final transient SourceLocation firstLocation;

	private final String secondRevisionId;

	private final transient SourceLocation secondLocation;

	public DuplicateBranchLabelException(String label, String firstRevisionId, SourceLocation firstLocation,
			String secondRevisionId, SourceLocation secondLocation) {
		super("Branch label '" + label + "' is declared by both " + firstRevisionId + " (" + firstLocation + ") and "
				+ secondRevisionId + " (" + secondLocation + "). A label names one branch:"
				+ " declare it only on the revision that starts the branch and remove it from the other.");
		this.label = label;
		this.firstRevisionId = firstRevisionId;
		this.firstLocation = firstLocation;
		this.secondRevisionId = secondRevisionId;
		this.secondLocation = secondLocation;
	}

	public String label() {
		return label;
	}

	public String firstRevisionId() {
		return firstRevisionId;
	}

	public SourceLocation firstLocation() {
		return firstLocation;
	}

	public String secondRevisionId() {
		return secondRevisionId;
	}

	public SourceLocation secondLocation() {
		return secondLocation;
	}

}

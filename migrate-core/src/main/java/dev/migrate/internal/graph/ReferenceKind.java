package dev.migrate.internal.graph;

/** The two kinds of edge a revision declares to another revision. */
public enum ReferenceKind {

	/** A parent edge: the revision continues from the referenced one. */
	REVISES("revises"),
	/**
	 * An ordering edge to another branch: the referenced revision runs first, without a
	 * merge.
	 */
	DEPENDS_ON("depends-on");

	private final String header;

	ReferenceKind(String header) {
		this.header = header;
	}

	/**
	 * The header that declares this edge in a SQL revision file, e.g. {@code depends-on}.
	 */
	public String header() {
		return header;
	}

}

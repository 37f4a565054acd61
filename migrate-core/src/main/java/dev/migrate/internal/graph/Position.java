package dev.migrate.internal.graph;

/**
 * Where a target points, before it is turned into a plan: a revision, the empty spot just
 * below one base (what walking down past that base reaches, and what {@code label@base}
 * names), or before everything ({@code base}).
 *
 * @param kind which of the three
 * @param revision the revision, or for {@link Kind#BELOW} the base it is below; -1 for
 * {@link Kind#NOTHING}
 */
record Position(Kind kind, int revision) {

	enum Kind {

		REVISION, BELOW, NOTHING

	}

	static Position revision(int index) {
		return new Position(Kind.REVISION, index);
	}

	static Position below(int base) {
		return new Position(Kind.BELOW, base);
	}

	static Position nothing() {
		return new Position(Kind.NOTHING, -1);
	}

	boolean isRevision() {
		return kind == Kind.REVISION;
	}
}

package dev.migrate.internal.cli;

/**
 * The state markers Alembic prints after a revision id: {@code (head)},
 * {@code (current)}, {@code (branchpoint)}, {@code (mergepoint)}.
 */
record Markers(boolean head, boolean current, boolean branchPoint, boolean mergePoint) {

	static final Markers NONE = new Markers(false, false, false, false);

	static Markers head(boolean head) {
		return new Markers(head, false, false, false);
	}

	@Override
	public String toString() {
		return (head ? " (head)" : "") + (current ? " (current)" : "") + (branchPoint ? " (branchpoint)" : "")
				+ (mergePoint ? " (mergepoint)" : "");
	}
}

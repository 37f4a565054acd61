package dev.migrate.internal.cli;

/**
 * The state markers Alembic prints after a revision id: {@code (head)},
 * {@code (current)}, {@code (branchpoint)}, {@code (mergepoint)}; and migrate's own
 * {@code (failed)} or {@code (incomplete)} for a non-transactional step awaiting
 * {@code resolve} ({@code unfinished}, null otherwise).
 */
record Markers(boolean head, boolean current, boolean branchPoint, boolean mergePoint, String unfinished) {

	static final Markers NONE = new Markers(false, false, false, false);

	Markers(boolean head, boolean current, boolean branchPoint, boolean mergePoint) {
		this(head, current, branchPoint, mergePoint, null);
	}

	static Markers head(boolean head) {
		return new Markers(head, false, false, false);
	}

	@Override
	public String toString() {
		return (head ? " (head)" : "") + (current ? " (current)" : "") + (branchPoint ? " (branchpoint)" : "")
				+ (mergePoint ? " (mergepoint)" : "") + (unfinished != null ? " (" + unfinished + ")" : "");
	}
}

package dev.migrate.internal.graph;

/** A range {@code from:to} whose start is not an ancestor of its end. */
public final class RangeNotAncestorException extends TargetException {

	private static final long serialVersionUID = 1L;

	private final String lower;

	private final String upper;

	/**
	 * @param lower the older end as resolved (a revision id)
	 * @param upper the newer end as resolved (revision ids, or "base")
	 */
	public RangeNotAncestorException(String target, String lower, String upper) {
		super(target,
				"Range '" + target + "' is not on one line of ancestry: " + lower + " is not an ancestor of " + upper
						+ ". Write the older revision first (from:to), and pick"
						+ " two revisions where one builds on the other (`migrate history` shows the order).");
		this.lower = lower;
		this.upper = upper;
	}

	public String lower() {
		return lower;
	}

	public String upper() {
		return upper;
	}

}

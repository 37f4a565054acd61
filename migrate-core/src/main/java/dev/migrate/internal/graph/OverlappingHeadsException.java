package dev.migrate.internal.graph;

import dev.migrate.MigrateException;

/**
 * Two revisions given as heads where one is an ancestor of the other, so they cannot both
 * be heads: either rows of the version table or targets of one stamp.
 */
public final class OverlappingHeadsException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String ancestorId;

	private final String descendantId;

	private OverlappingHeadsException(String message, String ancestorId, String descendantId) {
		super(message);
		this.ancestorId = ancestorId;
		this.descendantId = descendantId;
	}

	/**
	 * The version table holds both revisions although one is an ancestor of the other.
	 */
	static OverlappingHeadsException recorded(String ancestorId, String descendantId) {
		return new OverlappingHeadsException("The database records both " + ancestorId + " and " + descendantId
				+ " as current heads, but " + ancestorId + " is an ancestor of " + descendantId
				+ ". Record the real state with `migrate stamp --purge <rev>...`.", ancestorId, descendantId);
	}

	/**
	 * One stamp was asked to record both revisions although one is an ancestor of the
	 * other.
	 */
	static OverlappingHeadsException stampTargets(String ancestorId, String descendantId) {
		return new OverlappingHeadsException(
				"Cannot stamp both " + ancestorId + " and " + descendantId + ": " + ancestorId + " is an ancestor of "
						+ descendantId + ", so they cannot both be heads. Stamp only" + " the newer one.",
				ancestorId, descendantId);
	}

	/**
	 * One stamp was asked to remove a branch ({@code label@base}) and to record a
	 * revision that needs that branch.
	 */
	static OverlappingHeadsException stampRemovesNeeded(String removingTarget, String removedId, String keepingTarget,
			String keptId) {
		return new OverlappingHeadsException("Cannot stamp '" + removingTarget + "' together with '" + keepingTarget
				+ "': " + keptId + " needs " + removedId + ", which '" + removingTarget + "' removes. Stamp them"
				+ " separately or drop one of them.", removedId, keptId);
	}

	public String ancestorId() {
		return ancestorId;
	}

	public String descendantId() {
		return descendantId;
	}

}

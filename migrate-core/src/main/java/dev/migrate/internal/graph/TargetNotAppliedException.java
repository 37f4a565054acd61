package dev.migrate.internal.graph;

import java.util.List;

/** A downgrade target that is not applied, so the database cannot be moved down to it. */
public final class TargetNotAppliedException extends TargetException {

	private static final long serialVersionUID = 1L;

	private final String revisionId;

	private final List<String> currentHeads;

	public TargetNotAppliedException(String target, String revisionId, List<String> currentHeads) {
		super(target,
				"Cannot downgrade to " + revisionId + (target.equals(revisionId) ? "" : " ('" + target + "')")
						+ ": it is not applied (current heads: "
						+ (currentHeads.isEmpty() ? "none" : String.join(", ", currentHeads))
						+ "). A downgrade target must be an ancestor of the current heads; to move forward use"
						+ " `migrate upgrade " + revisionId + "`.");
		this.revisionId = revisionId;
		this.currentHeads = List.copyOf(currentHeads);
	}

	public String revisionId() {
		return revisionId;
	}

	public List<String> currentHeads() {
		return currentHeads;
	}

}

package dev.migrate.internal.graph;

import java.util.List;

/**
 * A relative target whose walk has more than one way to go: {@code +N}/{@code -N} with
 * several current heads, or a walk that reaches a branch point (going up) or a merge
 * point (going down).
 */
public final class AmbiguousTargetException extends TargetException {

	private static final long serialVersionUID = 1L;

	private final List<String> candidates;

	/**
	 * @param situation what forked, completing "'target' is ambiguous: ..."
	 * @param candidates the revisions the walk could continue from or to, in id order
	 * @param advice what to write instead
	 */
	public AmbiguousTargetException(String target, String situation, List<String> candidates, String advice) {
		super(target, "Target '" + target + "' is ambiguous: " + situation + " (" + String.join(", ", candidates)
				+ "). " + advice);
		this.candidates = List.copyOf(candidates);
	}

	public List<String> candidates() {
		return candidates;
	}

}

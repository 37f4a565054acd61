package dev.migrate.internal.graph;

import java.util.List;

/**
 * {@code head} (or {@code label@head}) was asked for where there are several heads.
 * Mirrors Alembic's {@code MultipleHeads(heads, argument)}.
 */
public final class MultipleHeadsException extends TargetException {

	private static final long serialVersionUID = 1L;

	private final List<String> heads;

	public MultipleHeadsException(String target, List<String> heads) {
		super(target,
				"Target '" + target + "' is ambiguous: there are " + heads.size() + " heads ("
						+ String.join(", ", heads) + "). Use 'heads' to target all of them, '<label>@head' for one"
						+ " branch, or a revision id; or join them with `migrate merge -m MSG "
						+ String.join(" ", heads) + "`.");
		this.heads = List.copyOf(heads);
	}

	/** The competing heads, in id order. */
	public List<String> heads() {
		return heads;
	}

}

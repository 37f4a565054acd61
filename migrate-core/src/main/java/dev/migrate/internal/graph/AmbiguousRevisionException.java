package dev.migrate.internal.graph;

import java.util.List;

/** An id prefix that matches several revisions. */
public final class AmbiguousRevisionException extends TargetException {

	private static final long serialVersionUID = 1L;

	private static final int SHOWN = 10;

	private final String prefix;

	private final List<String> matches;

	public AmbiguousRevisionException(String target, String prefix, List<String> matches) {
		super(target,
				"Prefix '" + prefix + "' matches " + matches.size() + " revisions: "
						+ String.join(", ", matches.subList(0, Math.min(SHOWN, matches.size())))
						+ (matches.size() > SHOWN ? ", ..." : "") + ". Use more characters of the id.");
		this.prefix = prefix;
		this.matches = List.copyOf(matches);
	}

	public String prefix() {
		return prefix;
	}

	/** Every matching id, in id order. */
	public List<String> matches() {
		return matches;
	}

}

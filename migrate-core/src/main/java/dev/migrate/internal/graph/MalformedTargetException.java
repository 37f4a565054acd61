package dev.migrate.internal.graph;

/** Target text that does not follow the target syntax at all. */
public final class MalformedTargetException extends TargetException {

	private static final long serialVersionUID = 1L;

	static final String SYNTAX = "head, heads, base, current, <rev>, <label>@head, <label>@heads, <label>@base,"
			+ " <label>@<rev>, +N, -N, <rev>+N, <rev>-N, <label>@+N, <label>@-N, <label>@head-N, <label>@base+N,"
			+ " or a range <from>:<to>";

	private final String reason;

	public MalformedTargetException(String target, String reason) {
		super(target, "Malformed target '" + target + "': " + reason + ". A target is one of: " + SYNTAX
				+ " (<rev> is a revision id, a unique prefix of at least 4 characters, or a branch label).");
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

}

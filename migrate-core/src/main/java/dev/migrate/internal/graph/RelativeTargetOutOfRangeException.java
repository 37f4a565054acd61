package dev.migrate.internal.graph;

/** A relative target that walks past the base (going down) or past a head (going up). */
public final class RelativeTargetOutOfRangeException extends TargetException {

	private static final long serialVersionUID = 1L;

	private final int steps;

	private final int available;

	/**
	 * @param steps the signed number of steps asked for
	 * @param available how many steps could be walked before running out
	 * @param from where the walk started, for the message ("base" or a revision id)
	 */
	public RelativeTargetOutOfRangeException(String target, int steps, int available, String from) {
		super(target,
				"Target '" + target + "' walks past " + (steps > 0 ? "the head" : "the base") + ": only " + available
						+ " step" + (available == 1 ? "" : "s") + (steps > 0 ? " up" : " down") + " from " + from
						+ (available == 1 ? " exists" : " exist") + ". Use a smaller step count or name the revision.");
		this.steps = steps;
		this.available = available;
	}

	public int steps() {
		return steps;
	}

	public int available() {
		return available;
	}

}

package dev.migrate.result;

/** Where one fleet target stands after a fleet command. */
public enum FleetState {

	/** At the heads of the revision graph. */
	UP_TO_DATE("up-to-date"),

	/** Revisions are pending (also: not started because a fail-fast run stopped). */
	PENDING("pending"),

	/**
	 * The command failed on the target, its state could not be read, or its last recorded
	 * step failed.
	 */
	FAILED("failed"),

	/** The target has applied revisions this release does not know. */
	AHEAD("ahead");

	private final String label;

	FleetState(String label) {
		this.label = label;
	}

	/** The state as reports and JSON show it: {@code up-to-date}, {@code pending}, ... */
	public String label() {
		return label;
	}

}

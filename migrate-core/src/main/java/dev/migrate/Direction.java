package dev.migrate;

/** Which way a step moves through the revision graph. */
public enum Direction {

	UPGRADE, DOWNGRADE;

	/** The lower-case name used in the history table, logs and metric tags. */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}

package dev.migrate;

import java.util.Locale;

/**
 * How revisions of one run are grouped into transactions
 * ({@code migrate.transaction-mode}).
 */
public enum TransactionMode {

	/**
	 * One transaction per revision, the version and history rows written in the same
	 * transaction.
	 */
	PER_REVISION("per-revision"),
	/**
	 * The whole run is one transaction: all or nothing. Refused when the plan contains a
	 * non-transactional revision, because autocommit statements cannot be rolled back
	 * with the rest.
	 */
	ALL("all");

	private final String value;

	TransactionMode(String value) {
		this.value = value;
	}

	/** The spelling used in properties, CLI options and environment variables. */
	public String value() {
		return value;
	}

	/**
	 * Parses {@code per-revision} or {@code all} (case-insensitive; {@code PER_REVISION}
	 * also accepted).
	 */
	public static TransactionMode parse(String text) {
		String normalized = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
		for (TransactionMode mode : values()) {
			if (mode.value.equals(normalized)) {
				return mode;
			}
		}
		throw new IllegalArgumentException("transaction mode must be 'per-revision' or 'all', not '" + text + "'");
	}

	@Override
	public String toString() {
		return value;
	}

}

package dev.migrate.internal.autogenerate;

/**
 * The revisions one autogenerate run writes, in order, each revising the one before; only
 * those with changes are written. The split keeps every revision clean for migrate's own
 * lint: a concurrent index build cannot run in a transaction, and a constraint added
 * {@code NOT VALID} must be validated in a later transaction than the one that added it
 * (else the ADD's lock is held through the validating scan); drops go last, apart from
 * the additions, so expand and contract can ship in different releases.
 */
public enum RevisionStep {

	/** Tables, columns and NOT VALID constraints, in one transaction. */
	EXPAND(true, null, null),

	/**
	 * Concurrent index builds and drops, validations and the NOT NULL that follow them.
	 */
	CONCURRENT(false, "build indexes and validate constraints",
			"Runs without a transaction (transactional: false): CREATE/DROP INDEX CONCURRENTLY cannot run in one,\n"
					+ "and VALIDATE CONSTRAINT must not run in the transaction that added the constraint NOT VALID\n"
					+ "(its lock would be held through the validating scan). Each statement runs on its own and\n"
					+ "can run again, so retrying after a failure part-way succeeds. A VALIDATE fails while rows\n"
					+ "violate the constraint: fix those rows (backfill) and run upgrade again."),

	/** Drops of what the entity model no longer has. */
	CONTRACT(true, "drop what the entities no longer map",
			"Drops what no entity maps any more, apart from the additions (expand/contract): ship it once\n"
					+ "no running release uses what it drops, which may be a later release than the expand.");

	private final boolean transactional;

	private final String messageSuffix;

	private final String purpose;

	RevisionStep(boolean transactional, String messageSuffix, String purpose) {
		this.transactional = transactional;
		this.messageSuffix = messageSuffix;
		this.purpose = purpose;
	}

	public boolean transactional() {
		return transactional;
	}

	/**
	 * What the step's message adds to the user's message, or {@code null} for the first.
	 */
	public String messageSuffix() {
		return messageSuffix;
	}

	/** Why this revision exists, written at the top of its upgrade, or {@code null}. */
	public String purpose() {
		return purpose;
	}

}

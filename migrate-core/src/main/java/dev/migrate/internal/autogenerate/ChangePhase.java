package dev.migrate.internal.autogenerate;

/**
 * The order in which an upgrade applies changes, so each statement finds what it needs:
 * schemas, sequences and tables before the columns and keys that use them, foreign keys
 * after everything they reference; then, in a revision of their own, the concurrent index
 * builds and the validations; and drops last, after the foreign keys pointing at what is
 * dropped are gone. The downgrade runs the inverse statements in exactly the reverse
 * order.
 */
public enum ChangePhase {

	CREATE_SCHEMAS(RevisionStep.EXPAND), CREATE_SEQUENCES(RevisionStep.EXPAND), CREATE_TABLES(RevisionStep.EXPAND),
	ADD_COLUMNS(RevisionStep.EXPAND), ALTER_COLUMNS(RevisionStep.EXPAND), DROP_FOREIGN_KEYS(RevisionStep.EXPAND),
	DROP_CONSTRAINTS_AND_INDEXES(RevisionStep.EXPAND), ADD_CONSTRAINTS_AND_INDEXES(RevisionStep.EXPAND),
	ADD_FOREIGN_KEYS(RevisionStep.EXPAND), INDEXES_CONCURRENTLY(RevisionStep.CONCURRENT),
	VALIDATE_CONSTRAINTS(RevisionStep.CONCURRENT), DROP_COLUMNS(RevisionStep.CONTRACT),
	DROP_TABLES(RevisionStep.CONTRACT), DROP_SEQUENCES(RevisionStep.CONTRACT);

	private final RevisionStep step;

	ChangePhase(RevisionStep step) {
		this.step = step;
	}

	/** The revision the change goes into. */
	public RevisionStep step() {
		return step;
	}

}

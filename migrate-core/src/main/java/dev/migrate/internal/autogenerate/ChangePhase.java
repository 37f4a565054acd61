package dev.migrate.internal.autogenerate;

/**
 * The order in which an upgrade applies changes, so each statement finds what it needs:
 * schemas, sequences and tables before the columns and keys that use them, foreign keys
 * after everything they reference, and drops last, after the foreign keys pointing at
 * what is dropped are gone. The downgrade runs the inverse statements in exactly the
 * reverse order.
 */
public enum ChangePhase {

	CREATE_SCHEMAS, CREATE_SEQUENCES, CREATE_TABLES, ADD_COLUMNS, ALTER_COLUMNS, DROP_FOREIGN_KEYS,
	DROP_CONSTRAINTS_AND_INDEXES, ADD_CONSTRAINTS_AND_INDEXES, ADD_FOREIGN_KEYS, DROP_COLUMNS, DROP_TABLES,
	DROP_SEQUENCES

}

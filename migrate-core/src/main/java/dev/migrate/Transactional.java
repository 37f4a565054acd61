package dev.migrate;

/**
 * Whether a revision runs inside a transaction.
 */
public enum Transactional {

	/**
	 * Decide from the revision's operations: transactional unless one of them cannot run
	 * in a transaction (for example {@code CREATE INDEX CONCURRENTLY}) outside an
	 * autocommit block ({@link dev.migrate.ops.Operations#autocommitBlock}). Only
	 * meaningful for Java revisions; SQL revisions say {@code transactional: false}
	 * explicitly.
	 */
	AUTO,
	/** Always in a transaction; an operation that cannot run in one is an error. */
	TRUE,
	/** Autocommit: each statement commits on its own. */
	FALSE

}

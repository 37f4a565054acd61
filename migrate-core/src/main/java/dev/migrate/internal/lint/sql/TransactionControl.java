package dev.migrate.internal.lint.sql;

/**
 * A statement that starts or ends a transaction block.
 *
 * @param kind which one
 */
public record TransactionControl(Kind kind) implements DdlStatement {

	/** Transaction control statements the rules distinguish. */
	public enum Kind {

		/** {@code BEGIN} or {@code START TRANSACTION}. */
		BEGIN,
		/** {@code COMMIT}, {@code END} or {@code COMMIT AND CHAIN}. */
		COMMIT,
		/** {@code ROLLBACK} or {@code ABORT} (not {@code ROLLBACK TO SAVEPOINT}). */
		ROLLBACK

	}
}

package dev.migrate.internal.execution;

import dev.migrate.MigrateException;
import dev.migrate.ops.Operation;

/**
 * An operation that cannot run inside a transaction ({@code CREATE INDEX CONCURRENTLY},
 * or {@code ALTER TYPE ... ADD VALUE} before PostgreSQL 12) in a revision that must run
 * in one: declared {@code transactional = TRUE}, or reaching the operation while a
 * transaction is open.
 */
public class NonTransactionalOperationException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String revisionId;

	private final transient Operation operation;

	private final String sql;

	public NonTransactionalOperationException(String revisionId, Operation operation, String sql, String message) {
		super(message);
		this.revisionId = revisionId;
		this.operation = operation;
		this.sql = sql;
	}

	/** The revision, or {@code null} when raised by an executor that does not know it. */
	public String revisionId() {
		return revisionId;
	}

	public Operation operation() {
		return operation;
	}

	/** The operation's first statement. */
	public String sql() {
		return sql;
	}

}

package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;

/**
 * One schema or data operation, as an immutable value. A {@code Dialect} renders it to
 * SQL; an {@link OperationExecutor} decides whether that SQL is executed or written out.
 */
public interface Operation {

	/**
	 * Whether this operation may run inside a transaction. Operations such as
	 * {@code CREATE INDEX CONCURRENTLY} return false, which makes a Java revision
	 * non-transactional. A dialect may know more (it depends on the server version for
	 * {@code ALTER TYPE ... ADD VALUE}); ask {@code Dialect.isTransactional(operation)}
	 * when one is at hand.
	 */
	default boolean transactional() {
		return true;
	}

	/**
	 * The operation that undoes this one, as Alembic's {@code reverse()}: create and drop
	 * swap (with the full definition), renames swap names, add and drop column swap.
	 * @throws IrreversibleMigrationException when there is no reverse, or the information
	 * needed for it (e.g. the definition of a dropped table) was not given
	 */
	default Operation reverse() {
		throw new IrreversibleMigrationException(getClass().getSimpleName() + " has no reverse operation: " + this);
	}

	/**
	 * Whether applying this operation discards stored data (dropping a table or column,
	 * converting a column's type). {@code reverse().losesData()} therefore says whether
	 * undoing an operation loses data: reversing {@code AddColumn} drops the column with
	 * everything written to it since.
	 */
	default boolean losesData() {
		return false;
	}

	/**
	 * Double dispatch for dialects; operation types outside this package reach
	 * {@link OperationVisitor#visitOther}.
	 */
	default <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitOther(this);
	}

}

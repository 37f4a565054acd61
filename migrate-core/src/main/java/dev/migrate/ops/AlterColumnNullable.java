package dev.migrate.ops;

import java.util.Objects;

/**
 * {@code ALTER TABLE t ALTER COLUMN c SET NOT NULL} (nullable false) or
 * {@code DROP NOT NULL} (nullable true). Reverses to the opposite.
 *
 * @param table the table
 * @param column the column
 * @param nullable whether the column accepts NULL afterwards
 */
public record AlterColumnNullable(ObjectName table, String column, boolean nullable) implements Operation {

	public AlterColumnNullable {
		Objects.requireNonNull(table, "table");
		Names.require(column, "column");
	}

	@Override
	public Operation reverse() {
		return new AlterColumnNullable(table, column, !nullable);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitAlterColumnNullable(this);
	}
}

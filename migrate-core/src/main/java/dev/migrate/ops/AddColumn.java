package dev.migrate.ops;

import java.util.Objects;

/**
 * {@code ALTER TABLE table ADD COLUMN ...} (plus {@code COMMENT ON COLUMN} when the
 * column has a comment). Reverses to a {@link DropColumn} carrying this definition, which
 * loses the column's data.
 *
 * @param table the table
 * @param column the column definition
 */
public record AddColumn(ObjectName table, Column column) implements Operation {

	public AddColumn {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
	}

	@Override
	public Operation reverse() {
		return new DropColumn(table, column.name(), false, false, column);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitAddColumn(this);
	}
}

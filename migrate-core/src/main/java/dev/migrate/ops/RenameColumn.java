package dev.migrate.ops;

import java.util.Objects;

/**
 * {@code ALTER TABLE table RENAME COLUMN column TO newName}.
 *
 * @param table the table
 * @param column current column name
 * @param newName new column name
 */
public record RenameColumn(ObjectName table, String column, String newName) implements Operation {

	public RenameColumn {
		Objects.requireNonNull(table, "table");
		Names.require(column, "column");
		Names.require(newName, "newName");
	}

	@Override
	public Operation reverse() {
		return new RenameColumn(table, newName, column);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitRenameColumn(this);
	}
}

package dev.migrate.ops;

import java.util.Objects;

/**
 * {@code ALTER TABLE table RENAME TO newName}; the table stays in its schema.
 *
 * @param table the table as currently named
 * @param newName its new name (unqualified)
 */
public record RenameTable(ObjectName table, String newName) implements Operation {

	public RenameTable {
		Objects.requireNonNull(table, "table");
		Names.require(newName, "newName");
	}

	@Override
	public Operation reverse() {
		return new RenameTable(table.sibling(newName), table.name());
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitRenameTable(this);
	}
}

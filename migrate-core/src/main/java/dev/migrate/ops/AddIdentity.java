package dev.migrate.ops;

import java.util.Objects;

/**
 * Turns an existing NOT NULL integer column into an identity column
 * ({@code ALTER TABLE t ALTER COLUMN c ADD GENERATED ... AS IDENTITY}).
 *
 * @param table the table
 * @param column the column
 * @param identity how values are generated
 */
public record AddIdentity(ObjectName table, String column, Identity identity) implements Operation {

	public AddIdentity {
		Objects.requireNonNull(table, "table");
		Names.require(column, "column");
		Objects.requireNonNull(identity, "identity");
	}

	@Override
	public Operation reverse() {
		return new DropIdentity(table, column, false, identity);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitAddIdentity(this);
	}
}

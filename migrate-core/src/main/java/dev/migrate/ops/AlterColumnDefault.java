package dev.migrate.ops;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER TABLE t ALTER COLUMN c SET DEFAULT ...}, or {@code DROP DEFAULT} when
 * {@code newDefault} is {@code null}. Reverses like Alembic's
 * {@code existing_server_default}: back to {@code previousDefault}, which {@code null}
 * means "there was none".
 *
 * @param table the table
 * @param column the column
 * @param newDefault the default to set, or {@code null} to drop it
 * @param previousDefault the default before the change, or {@code null} for none
 */
public record AlterColumnDefault(ObjectName table, String column, @Nullable ServerDefault newDefault,
		@Nullable ServerDefault previousDefault) implements Operation {

	public AlterColumnDefault {
		Objects.requireNonNull(table, "table");
		Names.require(column, "column");
	}

	@Override
	public Operation reverse() {
		return new AlterColumnDefault(table, column, previousDefault, newDefault);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitAlterColumnDefault(this);
	}
}

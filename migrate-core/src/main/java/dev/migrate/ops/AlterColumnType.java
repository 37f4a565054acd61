package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Changes a column's type, optionally converting values with a {@code USING} expression
 * (PostgreSQL: {@code ALTER TABLE t ALTER COLUMN c TYPE type USING expr}). Marked as
 * losing data: a conversion may round, truncate or reinterpret values, which types alone
 * cannot rule out.
 *
 * @param table the table
 * @param column the column
 * @param type the new type
 * @param using SQL expression computing the new value from the old, or {@code null}
 * @param previousType the type before the change, needed for {@link #reverse()}; or
 * {@code null}
 */
public record AlterColumnType(ObjectName table, String column, ColumnType type, @Nullable String using,
		@Nullable ColumnType previousType) implements Operation {

	public AlterColumnType {
		Objects.requireNonNull(table, "table");
		Names.require(column, "column");
		Objects.requireNonNull(type, "type");
		if (using != null && using.isBlank()) {
			throw new IllegalArgumentException("USING expression must not be blank");
		}
	}

	/** Reverses to the previous type with an implicit cast (no {@code USING}). */
	@Override
	public Operation reverse() {
		if (previousType == null) {
			throw new IrreversibleMigrationException("type change of " + table + "." + column
					+ " cannot be reversed without the previous type; pass it as existingType");
		}
		return new AlterColumnType(table, column, previousType, null, type);
	}

	@Override
	public boolean losesData() {
		return true;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitAlterColumnType(this);
	}
}

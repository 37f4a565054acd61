package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER TABLE table DROP COLUMN [IF EXISTS] column [CASCADE]}. Loses the column's
 * data; reversible only with the column's definition, and the column then comes back
 * empty (a NOT NULL column without default cannot be re-added to a table with rows).
 *
 * @param table the table
 * @param column the column
 * @param ifExists no error when it does not exist
 * @param cascade also drop dependent objects (views, constraints)
 * @param definition the column's definition for {@link #reverse()}, or {@code null}
 */
public record DropColumn(ObjectName table, String column, boolean ifExists, boolean cascade,
		@Nullable Column definition) implements Operation {

	public DropColumn {
		Objects.requireNonNull(table, "table");
		Names.require(column, "column");
		if (definition != null && !definition.name().equals(column)) {
			throw new IllegalArgumentException(
					"definition of column " + definition.name() + " given for column " + column);
		}
	}

	@Override
	public Operation reverse() {
		if (definition == null) {
			throw new IrreversibleMigrationException("DROP COLUMN " + table + "." + column
					+ " cannot be reversed without the column's definition; write the AddColumn in downgrade()");
		}
		return new AddColumn(table, definition);
	}

	@Override
	public boolean losesData() {
		return true;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitDropColumn(this);
	}
}

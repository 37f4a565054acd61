package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER TABLE t ALTER COLUMN c DROP IDENTITY [IF EXISTS]}: the column keeps its
 * values but no longer generates new ones.
 *
 * @param table the table
 * @param column the column
 * @param ifExists no error when the column is not an identity column
 * @param previousIdentity the identity being dropped, needed for {@link #reverse()}; or
 * {@code null}
 */
public record DropIdentity(ObjectName table, String column, boolean ifExists,
		@Nullable Identity previousIdentity) implements Operation {

	public DropIdentity {
		Objects.requireNonNull(table, "table");
		Names.require(column, "column");
	}

	/**
	 * Reverses to an identity with the previous options; its sequence restarts from their
	 * start value.
	 */
	@Override
	public Operation reverse() {
		if (previousIdentity == null) {
			throw new IrreversibleMigrationException("DROP IDENTITY on " + table + "." + column
					+ " cannot be reversed without the previous identity definition");
		}
		return new AddIdentity(table, column, previousIdentity);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitDropIdentity(this);
	}
}

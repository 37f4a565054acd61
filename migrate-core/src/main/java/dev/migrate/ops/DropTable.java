package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP TABLE [IF EXISTS] table [CASCADE]}. Loses the table's data; reversible only
 * when it carries the table's definition (as the reverse of {@link CreateTable} does),
 * and even then the table comes back empty.
 *
 * @param table the table
 * @param ifExists no error when it does not exist
 * @param cascade also drop dependent objects (views, foreign keys)
 * @param definition the table's definition for {@link #reverse()}, or {@code null}
 */
public record DropTable(ObjectName table, boolean ifExists, boolean cascade,
		@Nullable CreateTable definition) implements Operation {

	public DropTable {
		Objects.requireNonNull(table, "table");
	}

	@Override
	public Operation reverse() {
		if (definition == null) {
			throw new IrreversibleMigrationException("DROP TABLE " + table + " cannot be reversed without the table's"
					+ " definition; write the CreateTable in downgrade() or drop with CreateTable.reverse()");
		}
		return definition;
	}

	@Override
	public boolean losesData() {
		return true;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitDropTable(this);
	}
}

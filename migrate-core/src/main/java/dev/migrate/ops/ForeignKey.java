package dev.migrate.ops;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code FOREIGN KEY (columns) REFERENCES table (referencedColumns)} with optional
 * actions and deferrability. Built with {@link #of(String, String, String)} and refined
 * with the {@code with}-style methods, each returning a new value:
 *
 * <pre>{@code
 * ForeignKey.of("user_id", "users", "id").onDelete(ReferentialAction.CASCADE).deferrable(Deferrable.DEFERRABLE_INITIALLY_DEFERRED)
 * }</pre>
 *
 * @param name constraint name, or {@code null}
 * @param columns referencing columns
 * @param referencedTable the referenced table; without a schema it resolves like the
 * table it is added to
 * @param referencedColumns referenced columns, same count as {@code columns}
 * @param onDelete action on delete, or {@code null} for the database default (NO ACTION)
 * @param onUpdate action on update, or {@code null} for the database default (NO ACTION)
 * @param deferrable deferrability, or {@code null} for the database default (NOT
 * DEFERRABLE)
 */
public record ForeignKey(@Nullable String name, List<String> columns, ObjectName referencedTable,
		List<String> referencedColumns, @Nullable ReferentialAction onDelete, @Nullable ReferentialAction onUpdate,
		@Nullable Deferrable deferrable) implements TableConstraint {

	public ForeignKey {
		columns = Names.requireColumns(columns, "foreign key");
		Objects.requireNonNull(referencedTable, "referencedTable");
		referencedColumns = Names.requireColumns(referencedColumns, "foreign key reference");
		if (columns.size() != referencedColumns.size()) {
			throw new IllegalArgumentException("foreign key " + columns + " references " + referencedColumns
					+ ": both sides need the same number of columns");
		}
	}

	/** A single-column foreign key. */
	public static ForeignKey of(String column, String referencedTable, String referencedColumn) {
		return of(List.of(column), ObjectName.of(referencedTable), List.of(referencedColumn));
	}

	/** A foreign key over several columns, or into another schema. */
	public static ForeignKey of(List<String> columns, ObjectName referencedTable, List<String> referencedColumns) {
		return new ForeignKey(null, columns, referencedTable, referencedColumns, null, null, null);
	}

	@Override
	public ForeignKey named(String newName) {
		return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable);
	}

	public ForeignKey onDelete(ReferentialAction action) {
		return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate, deferrable);
	}

	public ForeignKey onUpdate(ReferentialAction action) {
		return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action, deferrable);
	}

	public ForeignKey deferrable(Deferrable when) {
		return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, when);
	}

	/**
	 * The same key with its referenced table qualified by {@code schema} when it has
	 * none.
	 */
	public ForeignKey withDefaultSchema(@Nullable String schema) {
		return new ForeignKey(name, columns, referencedTable.withDefaultSchema(schema), referencedColumns, onDelete,
				onUpdate, deferrable);
	}
}

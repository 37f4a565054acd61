package dev.migrate.schema;

import dev.migrate.ops.ReferentialAction;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A foreign key constraint.
 *
 * @param name the constraint name, or {@code null} when the database is to choose it
 * @param columns the referencing columns, in order
 * @param targetSchema the referenced table's schema, or {@code null} for the default
 * schema
 * @param targetTable the referenced table
 * @param targetColumns the referenced columns, in the order matching {@code columns}
 * @param onUpdate action on update of the referenced key
 * @param onDelete action on delete of the referenced row
 * @param deferrable whether the constraint is {@code DEFERRABLE}
 * @param initiallyDeferred whether it is {@code INITIALLY DEFERRED}
 */
public record ForeignKey(@Nullable String name, List<String> columns, @Nullable String targetSchema, String targetTable,
		List<String> targetColumns, ReferentialAction onUpdate, ReferentialAction onDelete, boolean deferrable,
		boolean initiallyDeferred) {

	public ForeignKey {
		columns = List.copyOf(columns);
		Objects.requireNonNull(targetTable, "targetTable");
		targetColumns = List.copyOf(targetColumns);
		onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
		onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
	}

	/** A non-deferrable foreign key with {@code NO ACTION} on update and delete. */
	public static ForeignKey of(String name, List<String> columns, String targetSchema, String targetTable,
			List<String> targetColumns) {
		return new ForeignKey(name, columns, targetSchema, targetTable, targetColumns, ReferentialAction.NO_ACTION,
				ReferentialAction.NO_ACTION, false, false);
	}
}

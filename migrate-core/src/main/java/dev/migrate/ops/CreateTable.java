package dev.migrate.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE TABLE} with columns, table constraints and an optional comment. Reverses
 * to a {@link DropTable} that carries this definition, so the drop reverses back to this
 * create.
 *
 * @param table the table
 * @param columns column definitions, in order
 * @param constraints table-level constraints (primary key, unique, check, foreign keys)
 * @param comment table comment, or {@code null}
 */
public record CreateTable(ObjectName table, List<Column> columns, List<TableConstraint> constraints,
		@Nullable String comment) implements Operation {

	public CreateTable {
		Objects.requireNonNull(table, "table");
		columns = List.copyOf(columns);
		constraints = List.copyOf(constraints);
		Set<String> seen = new HashSet<>();
		for (Column column : columns) {
			if (!seen.add(column.name())) {
				throw new IllegalArgumentException("table " + table + " defines column " + column.name() + " twice");
			}
		}
		long primaryKeys = columns.stream().filter(Column::primaryKey).count()
				+ constraints.stream().filter(PrimaryKey.class::isInstance).count();
		if (primaryKeys > 1) {
			throw new IllegalArgumentException(
					"table " + table + " declares more than one primary key; use one PrimaryKey over several columns");
		}
	}

	@Override
	public Operation reverse() {
		return new DropTable(table, false, false, this);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitCreateTable(this);
	}
}

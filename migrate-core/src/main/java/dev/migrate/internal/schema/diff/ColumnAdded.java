package dev.migrate.internal.schema.diff;

import dev.migrate.schema.Column;
import dev.migrate.schema.QualifiedName;

/** A column of the model is missing in the database. */
public record ColumnAdded(QualifiedName table, Column column) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "add column " + table + "." + column.name() + " (" + column.type()
				+ (column.nullable() ? ", nullable)" : ", not null)");
	}
}

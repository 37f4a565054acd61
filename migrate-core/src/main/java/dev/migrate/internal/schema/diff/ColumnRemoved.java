package dev.migrate.internal.schema.diff;

import dev.migrate.schema.Column;
import dev.migrate.schema.QualifiedName;

/** A column in the database is not in the model. */
public record ColumnRemoved(QualifiedName table, Column column) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "remove column " + table + "." + column.name();
	}
}

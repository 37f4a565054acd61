package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.Table;

/** A table of the model is missing in the database. */
public record TableAdded(Table table) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table.qualifiedName();
	}

	@Override
	public String describe() {
		return "add table " + table.qualifiedName();
	}
}

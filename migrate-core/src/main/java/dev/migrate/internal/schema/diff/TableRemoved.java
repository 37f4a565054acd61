package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.Table;

/** A table in the database is not in the model. */
public record TableRemoved(Table table) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table.qualifiedName();
	}

	@Override
	public String describe() {
		return "remove table " + table.qualifiedName();
	}
}

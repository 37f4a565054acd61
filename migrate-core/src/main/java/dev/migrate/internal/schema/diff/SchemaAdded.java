package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;

/** The model puts tables or sequences in a schema the database does not have yet. */
public record SchemaAdded(String schema) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return new QualifiedName(schema, "");
	}

	@Override
	public String describe() {
		return "add schema " + schema;
	}
}

package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;

/** A column is nullable in one and {@code NOT NULL} in the other. */
public record ColumnNullabilityChanged(QualifiedName table, String column, boolean databaseNullable,
		boolean modelNullable) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "change " + table + "." + column + (modelNullable ? " to nullable" : " to not null");
	}
}

package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;

/** A column's server default differs. */
public record ColumnDefaultChanged(QualifiedName table, String column, String databaseDefault,
		String modelDefault) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "change server default of " + table + "." + column + " from "
				+ (databaseDefault == null ? "none" : databaseDefault) + " to "
				+ (modelDefault == null ? "none" : modelDefault);
	}
}

package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;

/**
 * A column's type differs (after {@link dev.migrate.internal.schema.TypeNormalizer
 * normalization}).
 */
public record ColumnTypeChanged(QualifiedName table, String column, String databaseType,
		String modelType) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "change type of " + table + "." + column + " from " + databaseType + " to " + modelType;
	}
}

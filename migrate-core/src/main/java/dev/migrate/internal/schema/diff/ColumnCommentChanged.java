package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;

/** A column comment differs. */
public record ColumnCommentChanged(QualifiedName table, String column, String databaseComment,
		String modelComment) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "change comment of column " + table + "." + column + " to "
				+ (modelComment == null ? "none" : "'" + modelComment + "'");
	}
}

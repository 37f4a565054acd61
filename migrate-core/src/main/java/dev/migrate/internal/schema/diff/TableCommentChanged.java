package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;

/** A table comment differs. */
public record TableCommentChanged(QualifiedName table, String databaseComment,
		String modelComment) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "change comment of table " + table + " to " + (modelComment == null ? "none" : "'" + modelComment + "'");
	}
}

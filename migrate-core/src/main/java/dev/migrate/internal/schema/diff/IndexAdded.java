package dev.migrate.internal.schema.diff;

import dev.migrate.schema.Index;
import dev.migrate.schema.QualifiedName;

/** An index of the model is missing in the database. */
public record IndexAdded(QualifiedName table, Index index) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "add " + (index.unique() ? "unique " : "") + "index " + (index.name() == null ? "" : index.name() + " ")
				+ "on " + table + " " + index.elements()
				+ (index.predicate() == null ? "" : " where " + index.predicate());
	}
}

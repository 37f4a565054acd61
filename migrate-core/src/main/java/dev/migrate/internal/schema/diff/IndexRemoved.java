package dev.migrate.internal.schema.diff;

import dev.migrate.schema.Index;
import dev.migrate.schema.QualifiedName;

/** An index in the database is not in the model. */
public record IndexRemoved(QualifiedName table, Index index) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "remove " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table + " "
				+ index.elements();
	}
}

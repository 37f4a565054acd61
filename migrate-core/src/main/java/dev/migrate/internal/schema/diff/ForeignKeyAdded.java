package dev.migrate.internal.schema.diff;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.QualifiedName;

/** A foreign key of the model is missing in the database. */
public record ForeignKeyAdded(QualifiedName table, ForeignKey foreignKey) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "add foreign key " + (foreignKey.name() == null ? "" : foreignKey.name() + " ") + "on " + table + " "
				+ foreignKey.columns() + " -> " + new QualifiedName(foreignKey.targetSchema(), foreignKey.targetTable())
				+ " " + foreignKey.targetColumns();
	}
}

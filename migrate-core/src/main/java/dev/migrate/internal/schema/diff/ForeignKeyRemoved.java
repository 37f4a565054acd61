package dev.migrate.internal.schema.diff;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.QualifiedName;

/** A foreign key in the database is not in the model. */
public record ForeignKeyRemoved(QualifiedName table, ForeignKey foreignKey) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "remove foreign key " + foreignKey.name() + " on " + table + " " + foreignKey.columns() + " -> "
				+ new QualifiedName(foreignKey.targetSchema(), foreignKey.targetTable()) + " "
				+ foreignKey.targetColumns();
	}
}

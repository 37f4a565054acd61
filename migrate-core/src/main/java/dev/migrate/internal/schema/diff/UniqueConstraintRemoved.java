package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.UniqueConstraint;

/** A unique constraint in the database is not in the model. */
public record UniqueConstraintRemoved(QualifiedName table, UniqueConstraint constraint) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "remove unique constraint " + constraint.name() + " on " + table + " " + constraint.columns();
	}
}

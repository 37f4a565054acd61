package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.UniqueConstraint;

/** A unique constraint of the model is missing in the database. */
public record UniqueConstraintAdded(QualifiedName table, UniqueConstraint constraint) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "add unique constraint " + (constraint.name() == null ? "" : constraint.name() + " ") + "on " + table
				+ " " + constraint.columns();
	}
}

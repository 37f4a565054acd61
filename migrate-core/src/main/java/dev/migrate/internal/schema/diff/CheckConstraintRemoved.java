package dev.migrate.internal.schema.diff;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.QualifiedName;

/** A check constraint in the database is not in the model (matched by name). */
public record CheckConstraintRemoved(QualifiedName table, CheckConstraint check) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "remove check constraint " + check.name() + " on " + table;
	}
}

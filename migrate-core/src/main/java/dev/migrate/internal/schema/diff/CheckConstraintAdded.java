package dev.migrate.internal.schema.diff;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.QualifiedName;

/** A check constraint of the model is missing in the database (matched by name). */
public record CheckConstraintAdded(QualifiedName table, CheckConstraint check) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		return "add check constraint " + (check.name() == null ? "" : check.name() + " ") + "on " + table + " ("
				+ check.expression() + ")";
	}
}

package dev.migrate.schema;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name
 * @param expression the boolean expression, without the {@code CHECK} keyword
 */
public record CheckConstraint(String name, String expression) {

	public CheckConstraint {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(expression, "expression");
	}
}

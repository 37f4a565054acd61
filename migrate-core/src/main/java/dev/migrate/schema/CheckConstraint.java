package dev.migrate.schema;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A check constraint.
 *
 * @param name the constraint name, or {@code null} when the model leaves it unnamed
 * (autogenerate then names it by the naming convention, and check matches it by its
 * columns and expression: see docs/drift.md)
 * @param expression the boolean expression, without the {@code CHECK} keyword
 * @param columns the columns it constrains, when known (a column's own check); empty for
 * a table check
 */
public record CheckConstraint(@Nullable String name, String expression, List<String> columns) {

	public CheckConstraint {
		Objects.requireNonNull(expression, "expression");
		columns = List.copyOf(columns);
	}

	/** A check of the table, its columns not known. */
	public CheckConstraint(String name, String expression) {
		this(name, expression, List.of());
	}
}

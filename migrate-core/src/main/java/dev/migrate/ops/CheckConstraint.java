package dev.migrate.ops;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CHECK (condition)}. The condition is SQL written by the revision's author and
 * rendered verbatim.
 *
 * @param name constraint name, or {@code null}
 * @param condition a boolean SQL expression
 */
public record CheckConstraint(@Nullable String name, String condition) implements TableConstraint {

	public CheckConstraint {
		Objects.requireNonNull(condition, "condition");
		if (condition.isBlank()) {
			throw new IllegalArgumentException("check condition must not be blank");
		}
	}

	public static CheckConstraint of(String condition) {
		return new CheckConstraint(null, condition);
	}

	@Override
	public CheckConstraint named(String newName) {
		return new CheckConstraint(newName, condition);
	}
}

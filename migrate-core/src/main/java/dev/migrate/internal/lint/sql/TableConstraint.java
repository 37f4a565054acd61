package dev.migrate.internal.lint.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table constraint ({@code ADD CONSTRAINT ...} or a constraint element of
 * {@code CREATE TABLE}).
 *
 * @param kind what it constrains
 * @param name the constraint name, or {@code null} when PostgreSQL picks one
 * @param notValid whether {@code NOT VALID} is given (existing rows are not checked)
 * @param usingIndex whether it adopts an existing index ({@code UNIQUE USING INDEX idx})
 * @param notNullColumns for {@code CHECK (c IS NOT NULL)} or
 * {@code CHECK (a IS NOT NULL AND b IS NOT NULL)}, those columns (a validated check lets
 * {@code SET NOT NULL} on them prove itself without a scan); otherwise empty
 */
public record TableConstraint(Kind kind, @Nullable String name, boolean notValid, boolean usingIndex,
		List<String> notNullColumns) {

	public TableConstraint {
		notNullColumns = List.copyOf(notNullColumns);
	}

	public TableConstraint(Kind kind, String name, boolean notValid, boolean usingIndex) {
		this(kind, name, notValid, usingIndex, List.of());
	}

	/** Constraint kinds. */
	public enum Kind {

		PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUDE, NOT_NULL, OTHER

	}
}

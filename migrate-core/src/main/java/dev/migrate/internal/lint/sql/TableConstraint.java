package dev.migrate.internal.lint.sql;

/**
 * A table constraint ({@code ADD CONSTRAINT ...} or a constraint element of
 * {@code CREATE TABLE}).
 *
 * @param kind what it constrains
 * @param name the constraint name, or {@code null} when PostgreSQL picks one
 * @param notValid whether {@code NOT VALID} is given (existing rows are not checked)
 * @param usingIndex whether it adopts an existing index ({@code UNIQUE USING INDEX idx})
 * @param notNullColumn for {@code CHECK (c IS NOT NULL)}, the column {@code c} (which a
 * validated check lets {@code SET NOT NULL} prove without a scan); otherwise {@code null}
 */
public record TableConstraint(Kind kind, String name, boolean notValid, boolean usingIndex, String notNullColumn) {

	public TableConstraint(Kind kind, String name, boolean notValid, boolean usingIndex) {
		this(kind, name, notValid, usingIndex, null);
	}

	/** Constraint kinds. */
	public enum Kind {

		PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUDE, NOT_NULL, OTHER

	}
}

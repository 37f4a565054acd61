package dev.migrate.ops;

import java.util.Objects;

/**
 * {@code ALTER TABLE t ADD CONSTRAINT name ... [NOT VALID]}. {@code NOT VALID} (check and
 * foreign-key constraints only) skips checking existing rows, so the constraint is added
 * without a long lock; {@link ValidateConstraint} checks them later. Reverses to dropping
 * the constraint by name.
 *
 * @param table the table
 * @param constraint the constraint; must be named
 * @param notValid add without validating existing rows
 */
public record AddConstraint(ObjectName table, TableConstraint constraint, boolean notValid) implements Operation {

	public AddConstraint {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(constraint, "constraint");
		if (constraint.name() == null) {
			throw new IllegalArgumentException("a constraint added to " + table
					+ " needs a name (it is how the constraint is dropped again): " + constraint);
		}
		if (notValid && !(constraint instanceof CheckConstraint || constraint instanceof ForeignKey)) {
			throw new IllegalArgumentException("NOT VALID applies to check and foreign-key constraints only, not "
					+ constraint.getClass().getSimpleName() + " " + constraint.name());
		}
	}

	@Override
	public Operation reverse() {
		return new DropConstraint(table, constraint.name(), false, false, constraint);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitAddConstraint(this);
	}
}

package dev.migrate.ops;

import java.util.Objects;

/**
 * {@code ALTER TABLE t VALIDATE CONSTRAINT name}: checks the existing rows against a
 * constraint added {@code NOT VALID}, holding only a lock that lets reads and writes
 * continue. It has no reverse: there is no statement that marks a constraint not valid
 * again.
 *
 * @param table the table
 * @param name the constraint name
 */
public record ValidateConstraint(ObjectName table, String name) implements Operation {

	public ValidateConstraint {
		Objects.requireNonNull(table, "table");
		Names.require(name, "constraint name");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitValidateConstraint(this);
	}
}

package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER TABLE t DROP CONSTRAINT [IF EXISTS] name [CASCADE]} (also drops a primary
 * key). Reversible when it carries the constraint's definition.
 *
 * @param table the table
 * @param name the constraint name
 * @param ifExists no error when it does not exist
 * @param cascade also drop dependent objects (e.g. foreign keys on a primary key)
 * @param definition the constraint for {@link #reverse()}, or {@code null}
 */
public record DropConstraint(ObjectName table, String name, boolean ifExists, boolean cascade,
		@Nullable TableConstraint definition) implements Operation {

	public DropConstraint {
		Objects.requireNonNull(table, "table");
		Names.require(name, "constraint name");
		if (definition != null && !name.equals(definition.name())) {
			throw new IllegalArgumentException("definition of constraint " + definition.name() + " given for " + name);
		}
	}

	@Override
	public Operation reverse() {
		if (definition == null) {
			throw new IrreversibleMigrationException("DROP CONSTRAINT " + name + " on " + table
					+ " cannot be reversed without the constraint's definition; write the AddConstraint in downgrade()");
		}
		return new AddConstraint(table, definition, false);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitDropConstraint(this);
	}
}

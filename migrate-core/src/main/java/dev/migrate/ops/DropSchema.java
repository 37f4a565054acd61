package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;

/**
 * {@code DROP SCHEMA [IF EXISTS] name [CASCADE]}. Without {@code CASCADE} the schema must
 * be empty and the drop reverses to creating it; with {@code CASCADE} everything in it is
 * lost and there is no reverse.
 *
 * @param schema the schema name
 * @param ifExists no error when it does not exist
 * @param cascade also drop every object in it
 */
public record DropSchema(String schema, boolean ifExists, boolean cascade) implements Operation {

	public DropSchema {
		Names.require(schema, "schema");
	}

	@Override
	public Operation reverse() {
		if (cascade) {
			throw new IrreversibleMigrationException(
					"DROP SCHEMA " + schema + " CASCADE cannot be reversed: the objects dropped with it are gone");
		}
		return new CreateSchema(schema, false);
	}

	@Override
	public boolean losesData() {
		return cascade;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitDropSchema(this);
	}
}

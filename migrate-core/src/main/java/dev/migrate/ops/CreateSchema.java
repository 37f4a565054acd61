package dev.migrate.ops;

/**
 * {@code CREATE SCHEMA [IF NOT EXISTS] name}.
 *
 * @param schema the schema name
 * @param ifNotExists no error when it exists
 */
public record CreateSchema(String schema, boolean ifNotExists) implements Operation {

	public CreateSchema {
		Names.require(schema, "schema");
	}

	@Override
	public Operation reverse() {
		return new DropSchema(schema, false, false);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitCreateSchema(this);
	}
}

package dev.migrate.schema;

import dev.migrate.MigrateException;

/** Reading the database catalog failed; carries the schemas that were being reflected. */
public class SchemaReflectionException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final java.util.List<String> schemas;

	public SchemaReflectionException(java.util.List<String> schemas, Throwable cause) {
		super("Could not read the catalog of schema(s) " + schemas + ": " + cause.getMessage()
				+ ". Check that the user may read pg_catalog and the schemas exist.", cause);
		this.schemas = java.util.List.copyOf(schemas);
	}

	public java.util.List<String> schemas() {
		return schemas;
	}

}

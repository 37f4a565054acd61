package dev.migrate.schema;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A schema-qualified object name.
 *
 * @param schema the schema, or {@code null} for the default schema
 * @param name the object name
 */
public record QualifiedName(@Nullable String schema, String name) {

	public QualifiedName {
		Objects.requireNonNull(name, "name");
	}

	/** This name with a {@code null} schema replaced by {@code defaultSchema}. */
	public QualifiedName inSchema(String defaultSchema) {
		return schema == null ? new QualifiedName(defaultSchema, name) : this;
	}

	@Override
	public String toString() {
		return schema == null ? name : schema + "." + name;
	}
}

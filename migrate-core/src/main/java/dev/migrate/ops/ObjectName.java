package dev.migrate.ops;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The name of a schema object (table, index, sequence, type, view), optionally qualified
 * by its schema. Names are kept exactly as written: a dialect quotes them when rendering,
 * so {@code ObjectName.of("Users")} is the mixed-case table {@code "Users"}, and a dot
 * inside a name is part of the name, never a schema separator.
 *
 * @param schema the schema, or {@code null} to resolve through the connection's search
 * path
 * @param name the object's own name
 */
public record ObjectName(@Nullable String schema, String name) {

	public ObjectName {
		Objects.requireNonNull(name, "name");
	}

	/** An unqualified name, resolved through the search path. */
	public static ObjectName of(String name) {
		return new ObjectName(null, name);
	}

	/** A schema-qualified name. */
	public static ObjectName of(String schema, String name) {
		return new ObjectName(Objects.requireNonNull(schema, "schema"), name);
	}

	/**
	 * The same name qualified by {@code defaultSchema} when it has no schema of its own.
	 */
	public ObjectName withDefaultSchema(@Nullable String defaultSchema) {
		return schema != null || defaultSchema == null ? this : new ObjectName(defaultSchema, name);
	}

	/** Another object in the same schema, e.g. the new name of a renamed table. */
	public ObjectName sibling(String otherName) {
		return new ObjectName(schema, otherName);
	}

	/** For messages only; never used to build SQL. */
	@Override
	public String toString() {
		return schema == null ? name : schema + "." + name;
	}
}

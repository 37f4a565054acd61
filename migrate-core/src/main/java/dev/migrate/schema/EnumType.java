package dev.migrate.schema;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE ... AS ENUM}).
 *
 * @param schema the schema, or {@code null} for the default schema
 * @param name the type name
 * @param labels the labels in sort order
 */
public record EnumType(@Nullable String schema, String name, List<String> labels) {

	public EnumType {
		Objects.requireNonNull(name, "name");
		labels = List.copyOf(labels);
	}

	public QualifiedName qualifiedName() {
		return new QualifiedName(schema, name);
	}
}

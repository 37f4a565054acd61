package dev.migrate.schema;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sequence that is not owned by an identity column (those are part of their
 * {@link Column}).
 *
 * @param schema the schema, or {@code null} for the default schema
 * @param name the sequence name
 * @param dataType {@code bigint}, {@code integer} or {@code smallint}
 * @param start the start value
 * @param increment the increment
 * @param ownedBy {@code table.column} for a {@code serial} column's sequence, else
 * {@code null}
 */
public record Sequence(@Nullable String schema, String name, String dataType, long start, long increment,
		@Nullable String ownedBy) {

	public Sequence {
		Objects.requireNonNull(name, "name");
		dataType = dataType == null ? "bigint" : dataType;
	}

	public QualifiedName qualifiedName() {
		return new QualifiedName(schema, name);
	}
}

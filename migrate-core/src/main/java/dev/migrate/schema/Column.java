package dev.migrate.schema;

import dev.migrate.internal.schema.TypeNormalizer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table column.
 *
 * @param name the column name
 * @param type the SQL type as written in DDL, e.g. {@code character varying(255)},
 * {@code integer[]}; compare types through {@link TypeNormalizer}
 * @param nullable false when the column is {@code NOT NULL}
 * @param defaultValue the server default expression, or {@code null} for none
 * @param identity whether the column is an identity column
 * @param generatedAs the expression of a {@code GENERATED ALWAYS AS (...) STORED} column,
 * or {@code null}
 * @param comment the column comment, or {@code null}
 */
public record Column(String name, String type, boolean nullable, @Nullable String defaultValue, ColumnIdentity identity,
		@Nullable String generatedAs, @Nullable String comment) {

	public Column {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		identity = identity == null ? ColumnIdentity.NONE : identity;
	}

	/** A plain column without default, identity, generation or comment. */
	public static Column of(String name, String type, boolean nullable) {
		return new Column(name, type, nullable, null, ColumnIdentity.NONE, null, null);
	}

	public Column withNullable(boolean newNullable) {
		return new Column(name, type, newNullable, defaultValue, identity, generatedAs, comment);
	}

	public Column withComment(String newComment) {
		return new Column(name, type, nullable, defaultValue, identity, generatedAs, newComment);
	}
}

package dev.migrate.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An index that does not back a primary key or unique constraint.
 *
 * @param name the index name, or {@code null} when the model leaves it unnamed
 * (autogenerate then names it by the naming convention)
 * @param unique whether it is a unique index
 * @param elements the key elements in order: a column name, or an expression, optionally
 * followed by {@code DESC} (as PostgreSQL's {@code pg_get_indexdef} prints them)
 * @param method the access method ({@code btree}, {@code gin}, {@code gist}, ...)
 * @param predicate the {@code WHERE} predicate of a partial index, or {@code null}
 */
public record Index(@Nullable String name, boolean unique, List<String> elements, String method,
		@Nullable String predicate) {

	public Index {
		elements = List.copyOf(elements);
		method = method == null ? "btree" : method;
	}

	/** A plain b-tree index on columns. */
	public static Index of(String name, boolean unique, List<String> columns) {
		return new Index(name, unique, columns, "btree", null);
	}
}

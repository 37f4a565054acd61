package dev.migrate.ops;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON table [USING method] (keys)
 * [WHERE predicate]}. The index lives in its table's schema. {@code CONCURRENTLY} cannot
 * run in a transaction, so such an operation reports {@link #transactional()} false.
 *
 * @param name index name
 * @param table the indexed table
 * @param elements the keys: columns and/or expressions
 * @param unique a unique index
 * @param method access method ({@code btree}, {@code gin}, ...), or {@code null} for the
 * default
 * @param where predicate of a partial index (author's SQL), or {@code null}
 * @param concurrently build without blocking writes
 * @param ifNotExists no error when an index of that name exists
 */
public record CreateIndex(String name, ObjectName table, List<IndexElement> elements, boolean unique,
		@Nullable String method, @Nullable String where, boolean concurrently,
		boolean ifNotExists) implements Operation {

	public CreateIndex {
		Names.require(name, "index name");
		Objects.requireNonNull(table, "table");
		elements = List.copyOf(elements);
		if (elements.isEmpty()) {
			throw new IllegalArgumentException("index " + name + " needs at least one column or expression");
		}
		if (where != null && where.isBlank()) {
			throw new IllegalArgumentException("index " + name + ": WHERE predicate must not be blank");
		}
	}

	@Override
	public boolean transactional() {
		return !concurrently;
	}

	/**
	 * The index's own name, qualified by its table's schema (indexes always live there).
	 */
	public ObjectName qualifiedName() {
		return table.sibling(name);
	}

	@Override
	public Operation reverse() {
		return new DropIndex(qualifiedName(), concurrently, false, false, this);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitCreateIndex(this);
	}
}

package dev.migrate.internal.lint.sql;

import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY]}.
 *
 * @param name the index name, or {@code null} when PostgreSQL picks one
 * @param table the indexed table
 * @param unique whether the index is unique
 * @param concurrently whether {@code CONCURRENTLY} is given
 */
public record CreateIndex(@Nullable String name, String table, boolean unique,
		boolean concurrently) implements DdlStatement {
}

package dev.migrate.internal.lint.sql;

import org.jspecify.annotations.Nullable;

/**
 * {@code CLUSTER}: rewrites a table in index order under an exclusive lock.
 *
 * @param table the table, or {@code null} for the form that re-clusters every clustered
 * table
 */
public record Cluster(@Nullable String table) implements DdlStatement {
}

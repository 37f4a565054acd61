package dev.migrate.internal.lint.sql;

import org.jspecify.annotations.Nullable;

/**
 * {@code DROP DATABASE [IF EXISTS] name}.
 *
 * @param name the dropped database, or {@code null} when not recognized
 */
public record DropDatabase(@Nullable String name) implements DdlStatement {
}

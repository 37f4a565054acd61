package dev.migrate.internal.lint.sql;

/**
 * {@code DROP DATABASE [IF EXISTS] name}.
 *
 * @param name the dropped database, or {@code null} when not recognized
 */
public record DropDatabase(String name) implements DdlStatement {
}

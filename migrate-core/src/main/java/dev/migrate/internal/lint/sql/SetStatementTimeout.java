package dev.migrate.internal.lint.sql;

/**
 * A statement that sets {@code statement_timeout}: {@code SET [LOCAL]
 * statement_timeout = ...} or {@code SELECT set_config('statement_timeout', ...)}.
 *
 * @param enabled false when the value is zero, which disables the timeout
 */
public record SetStatementTimeout(boolean enabled) implements DdlStatement {
}

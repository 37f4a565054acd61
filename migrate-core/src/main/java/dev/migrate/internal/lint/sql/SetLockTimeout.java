package dev.migrate.internal.lint.sql;

/**
 * A statement that sets {@code lock_timeout}: {@code SET [LOCAL] lock_timeout = ...} or
 * {@code SELECT set_config('lock_timeout', ...)}.
 *
 * @param enabled false when the value is zero, which disables the timeout
 */
public record SetLockTimeout(boolean enabled) implements DdlStatement {
}

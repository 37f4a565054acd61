package dev.migrate.internal.lint.sql;

/**
 * {@code VACUUM}, in either the old ({@code VACUUM FULL t}) or the parenthesised
 * ({@code VACUUM (FULL, ANALYZE) t}) syntax.
 *
 * @param full whether {@code FULL} is requested, which rewrites the table under an
 * exclusive lock
 */
public record Vacuum(boolean full) implements DdlStatement {
}

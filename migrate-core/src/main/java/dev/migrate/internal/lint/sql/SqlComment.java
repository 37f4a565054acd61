package dev.migrate.internal.lint.sql;

/**
 * A {@code --} line comment found while tokenizing, kept because suppression directives
 * ({@code -- migrate:lint-ignore RULE reason}) live in comments.
 *
 * @param text the comment without the leading {@code --}, trimmed
 * @param line 0-based line relative to the start of the statement
 */
public record SqlComment(String text, int line) {
}

package dev.migrate.internal.lint.sql;

/**
 * Any statement the recognizer has no model for (DML, functions, {@code DO} blocks,
 * grants, ...).
 *
 * @param command the statement's first word in upper case, e.g. {@code UPDATE}, or empty
 */
public record OtherStatement(String command) implements DdlStatement {
}

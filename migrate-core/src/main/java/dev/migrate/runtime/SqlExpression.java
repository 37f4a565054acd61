package dev.migrate.runtime;

/**
 * A parameter value that offline scripts write as SQL (e.g. {@code now()}) instead of a literal.
 * Online, it is never bound: commands that use one are only rendered.
 *
 * @param sql the expression
 */
record SqlExpression(String sql) {
}

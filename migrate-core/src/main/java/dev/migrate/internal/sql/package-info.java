/**
 * The one PostgreSQL lexer: {@link dev.migrate.internal.sql.PostgresLexer} decides where
 * every token of a script ends (strings in all their prefixed forms, quoted identifiers,
 * dollar quotes, nested comments, identifiers, numbers, operators, parameters), by the
 * server's own rules. The statement splitter, the dialect (placeholder inlining through
 * {@link dev.migrate.internal.sql.PlaceholderInliner}, script terminators) and lint's
 * tokenizer all read SQL through it, so a statement is split, rendered and linted the
 * same way.
 */
@NullMarked
package dev.migrate.internal.sql;

import org.jspecify.annotations.NullMarked;

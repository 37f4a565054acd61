/**
 * The PostgreSQL tokenizer and DDL recognizer the lint rules read statements through.
 * Public so that custom {@link dev.migrate.internal.lint.LintRule}s can use the same
 * model; it recognizes only what the rules need and is not a general SQL parser.
 */
@NullMarked
package dev.migrate.internal.lint.sql;

import org.jspecify.annotations.NullMarked;

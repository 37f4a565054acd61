/**
 * The built-in lint rules, one class per rule;
 * {@link dev.migrate.internal.lint.LintRules#builtIn()} lists them.
 */
@NullMarked
package dev.migrate.internal.lint.rules;

import org.jspecify.annotations.NullMarked;

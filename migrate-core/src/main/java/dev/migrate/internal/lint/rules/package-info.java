/**
 * The built-in lint rules, one class per rule;
 * {@link dev.migrate.internal.lint.LintRules#builtIn()} lists them.
 */
package dev.migrate.internal.lint.rules;

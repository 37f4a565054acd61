/**
 * The built-in lint rules, one class per rule; {@link dev.migrate.lint.LintRules#builtIn()} lists them.
 */
package dev.migrate.lint.rules;

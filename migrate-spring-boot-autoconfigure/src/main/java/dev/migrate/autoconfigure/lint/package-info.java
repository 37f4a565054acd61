/**
 * Lint at startup and the {@code migrationslint} endpoint.
 */
@NullMarked
package dev.migrate.autoconfigure.lint;

import org.jspecify.annotations.NullMarked;

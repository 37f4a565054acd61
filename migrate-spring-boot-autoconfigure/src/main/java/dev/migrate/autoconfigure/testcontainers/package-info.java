/**
 * Testcontainers {@code @ServiceConnection} support: migrate's connection details from a
 * JDBC database container.
 */
@NullMarked
package dev.migrate.autoconfigure.testcontainers;

import org.jspecify.annotations.NullMarked;

/**
 * Real PostgreSQL for tests ({@link dev.migrate.testing.TestDatabase}: embedded, external
 * or Testcontainers) and the architecture guard's rules
 * ({@link dev.migrate.testing.ArchitectureRules}) every module's {@code ArchitectureTest}
 * applies.
 */
@NullMarked
package dev.migrate.testing;

import org.jspecify.annotations.NullMarked;

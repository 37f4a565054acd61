/**
 * What applications test their revisions with: {@link dev.migrate.test.MigrationChecks}
 * (every revision up, down and up again against a real PostgreSQL),
 * {@link dev.migrate.test.MigrationRunner} for stepping through revisions in a test, and
 * a test database for Spring tests.
 */
@NullMarked
package dev.migrate.test;

import org.jspecify.annotations.NullMarked;

/**
 * Micrometer metrics and observations of migrations.
 */
@NullMarked
package dev.migrate.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;

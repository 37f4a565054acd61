/**
 * Fleets: many schemas or databases migrated by one application.
 */
@NullMarked
package dev.migrate.autoconfigure.fleet;

import org.jspecify.annotations.NullMarked;

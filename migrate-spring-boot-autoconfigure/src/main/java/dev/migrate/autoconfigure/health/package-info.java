/**
 * The {@code migrations} health contributor.
 */
@NullMarked
package dev.migrate.autoconfigure.health;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code migrations} actuator endpoint.
 */
@NullMarked
package dev.migrate.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;

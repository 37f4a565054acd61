/**
 * Docker Compose support: migrate's connection details from a database service.
 */
@NullMarked
package dev.migrate.autoconfigure.docker.compose;

import org.jspecify.annotations.NullMarked;

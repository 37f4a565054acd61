/**
 * Internal: reflecting a live PostgreSQL schema into the
 * {@link dev.migrate.schema.SchemaModel}
 * ({@link dev.migrate.internal.schema.PostgresSchemaReflector}). Private API, no
 * compatibility guarantees.
 */
@NullMarked
package dev.migrate.internal.schema;

import org.jspecify.annotations.NullMarked;

/**
 * The database schema as data: {@link dev.migrate.schema.SchemaModel} and its parts,
 * reflected from a live PostgreSQL catalog
 * ({@link dev.migrate.internal.schema.PostgresSchemaReflector}) or built from an entity
 * model, so the two can be compared
 * ({@link dev.migrate.internal.schema.diff.SchemaComparator}). Names are stored exactly
 * as PostgreSQL stores them (unquoted identifiers folded to lower case).
 */
@NullMarked
package dev.migrate.schema;

import org.jspecify.annotations.NullMarked;

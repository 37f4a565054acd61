/**
 * Comparing an expected schema (the entity model) with the database:
 * {@link dev.migrate.internal.schema.diff.SchemaComparator} yields a
 * {@link dev.migrate.internal.schema.diff.DriftReport} of typed
 * {@link dev.migrate.internal.schema.diff.SchemaDifference}s. Every difference is phrased
 * as the change that would make the database match the model ("add column ..."), the
 * direction autogenerate follows.
 */
@NullMarked
package dev.migrate.internal.schema.diff;

import org.jspecify.annotations.NullMarked;

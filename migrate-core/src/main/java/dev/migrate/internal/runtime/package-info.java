/**
 * Internal: how the engine talks to the database (state tables, migration lock, step
 * execution, offline scripts). Not API; use {@link dev.migrate.Migrate} and the result
 * types in {@code dev.migrate.result}. Types here change without notice.
 */
@NullMarked
package dev.migrate.internal.runtime;

import org.jspecify.annotations.NullMarked;

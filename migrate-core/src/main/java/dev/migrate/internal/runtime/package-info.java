/**
 * Internal: how the engine talks to the database (state tables, migration lock, step
 * execution, offline scripts). Not API; use {@link dev.migrate.Migrate} and the result
 * types in {@link dev.migrate.command}. Types here change without notice.
 */
package dev.migrate.internal.runtime;

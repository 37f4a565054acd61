/**
 * Internal: rendering operations as PostgreSQL SQL
 * ({@link dev.migrate.internal.dialect.PostgresDialect}), identifiers and keywords.
 * Private API, no compatibility guarantees.
 */
@NullMarked
package dev.migrate.internal.dialect;

import org.jspecify.annotations.NullMarked;

/**
 * Internal: running operations over JDBC and recording them (checksums, offline SQL,
 * lint), and deciding how revisions run in transactions. Private API, no compatibility
 * guarantees.
 */
@NullMarked
package dev.migrate.internal.execution;

import org.jspecify.annotations.NullMarked;

package dev.migrate.internal.lint;

import dev.migrate.ops.Operation;
import dev.migrate.result.SourceLocation;

/**
 * An operation a revision's {@code upgrade} issued while being recorded for linting.
 *
 * @param operation the operation
 * @param location where it was issued: the statement's file and line for SQL revisions,
 * the calling line of the revision class for Java revisions
 */
record RecordedOperation(Operation operation, SourceLocation location) {
}

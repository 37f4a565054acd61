package dev.migrate.internal.execution;

import dev.migrate.ops.Operation;
import dev.migrate.result.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * An operation a revision issued while being recorded.
 *
 * @param operation the operation
 * @param location where it was issued: the statement's file and line for SQL revisions,
 * the calling line of the revision class for Java revisions; {@code null} when the
 * recorder was not asked to locate operations
 */
public record RecordedOperation(Operation operation, @Nullable SourceLocation location) {
}

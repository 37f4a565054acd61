package dev.migrate.ops;

/**
 * One schema or data operation, as an immutable value. A {@code Dialect} renders it to SQL;
 * an {@link OperationExecutor} decides whether that SQL is executed or written out.
 */
public interface Operation {

    /**
     * Whether this operation may run inside a transaction. Operations such as
     * {@code CREATE INDEX CONCURRENTLY} return false, which makes a Java revision non-transactional.
     */
    default boolean transactional() {
        return true;
    }
}

package dev.migrate;

/**
 * Thrown by {@link Migration#downgrade} (or raised by the planner before anything runs) when a
 * revision cannot be undone.
 */
public class IrreversibleMigrationException extends MigrateException {

    private static final long serialVersionUID = 1L;

    public IrreversibleMigrationException(String message) {
        super(message);
    }
}

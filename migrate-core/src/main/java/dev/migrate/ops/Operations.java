package dev.migrate.ops;

import java.sql.Connection;
import java.util.Objects;

/**
 * The facade a {@link dev.migrate.Migration} uses to change the schema: Alembic's {@code op}.
 * Every method builds an immutable {@link Operation} and hands it to the executor, which runs it,
 * renders it offline, or records it.
 */
public final class Operations {

    private final OperationExecutor executor;

    public Operations(OperationExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Runs any operation value, e.g. one built elsewhere or obtained from {@code reverse()}. */
    public void run(Operation operation) {
        executor.apply(Objects.requireNonNull(operation, "operation"));
    }

    /** Executes raw SQL with optional {@code ?} parameters. */
    public void execute(String sql, Object... parameters) {
        run(ExecuteSql.of(sql, parameters));
    }

    /**
     * The JDBC connection of the running migration, for data migrations. Only available online: a
     * revision that calls it cannot be rendered with {@code --sql}.
     */
    public Connection connection() {
        return executor.connection();
    }
}

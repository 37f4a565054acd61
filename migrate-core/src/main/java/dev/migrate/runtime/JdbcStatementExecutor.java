package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationExecutor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes a revision's operations on the migration connection, one statement at a time, remembering
 * which statements ran so a failure can say what a non-transactional revision left behind.
 */
final class JdbcStatementExecutor implements OperationExecutor {

    private final Connection connection;
    private final List<String> executed = new ArrayList<>();

    JdbcStatementExecutor(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void apply(Operation operation) {
        if (!(operation instanceof ExecuteSql sql)) {
            throw new MigrateException("No dialect is available to render " + operation);
        }
        try {
            if (sql.parameters().isEmpty()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql.sql());
                }
            }
            else {
                try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
                    for (int i = 0; i < sql.parameters().size(); i++) {
                        statement.setObject(i + 1, sql.parameters().get(i));
                    }
                    statement.execute();
                }
            }
        }
        catch (SQLException ex) {
            throw new StatementFailure(sql.sql(), sql.location(), executed, ex);
        }
        executed.add(sql.sql());
    }

    @Override
    public Connection connection() {
        return connection;
    }
}

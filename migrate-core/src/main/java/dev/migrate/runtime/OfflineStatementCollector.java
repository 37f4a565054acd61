package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationExecutor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Collects a revision's statements as SQL text instead of executing them (offline mode). */
final class OfflineStatementCollector implements OperationExecutor {

    private final String revision;
    private final List<String> statements = new ArrayList<>();

    OfflineStatementCollector(String revision) {
        this.revision = revision;
    }

    @Override
    public void apply(Operation operation) {
        if (!(operation instanceof ExecuteSql sql)) {
            throw new MigrateException("No dialect is available to render " + operation + " of revision " + revision);
        }
        if (!sql.parameters().isEmpty()) {
            StringBuilder rendered = new StringBuilder();
            int next = 0;
            for (char c : sql.sql().toCharArray()) {
                rendered.append(c == '?' ? SqlLiterals.literal(sql.parameters().get(next++)) : String.valueOf(c));
            }
            statements.add(rendered.toString());
        }
        else {
            statements.add(sql.sql());
        }
    }

    @Override
    public Connection connection() {
        throw new MigrateException("Revision " + revision + " uses JDBC directly and cannot be rendered as SQL; "
                + "run it online instead of with --sql");
    }

    List<String> statements() {
        return statements;
    }
}

package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.revision.SourceLocation;
import java.sql.SQLException;
import java.util.List;

/**
 * A statement of a revision failed: carries the statement, where it came from, and the statements
 * of the same revision that ran before it, so the runtime can build a complete error.
 */
final class StatementFailure extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String statement;
    private final transient SourceLocation location;
    private final List<String> alreadyRun;

    StatementFailure(String statement, SourceLocation location, List<String> alreadyRun, SQLException cause) {
        super(cause.getMessage(), cause);
        this.statement = statement;
        this.location = location;
        this.alreadyRun = List.copyOf(alreadyRun);
    }

    String statement() {
        return statement;
    }

    SourceLocation location() {
        return location;
    }

    List<String> alreadyRun() {
        return alreadyRun;
    }

    SQLException sqlException() {
        return (SQLException) getCause();
    }
}

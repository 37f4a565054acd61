package dev.migrate.internal.execution;

import dev.migrate.MigrateException;
import dev.migrate.result.SourceLocation;
import java.sql.SQLException;
import java.util.List;

/**
 * A statement the database rejected. Carries the statement, where it came from (file and
 * line for SQL revisions), the statements that ran before it on the same executor
 * (already committed when the revision runs outside a transaction), and the database's
 * message and SQLState.
 */
public class StatementFailedException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String sql;

	private final transient SourceLocation location;

	private final List<String> executedStatements;

	private final String sqlState;

	private final String databaseMessage;

	public StatementFailedException(String sql, SourceLocation location, List<String> executedStatements,
			SQLException cause) {
		super(message(sql, location, executedStatements, cause), cause);
		this.sql = sql;
		this.location = location;
		this.executedStatements = List.copyOf(executedStatements);
		this.sqlState = cause.getSQLState();
		this.databaseMessage = cause.getMessage();
	}

	private static String message(String sql, SourceLocation location, List<String> executed, SQLException cause) {
		StringBuilder text = new StringBuilder("Statement failed");
		if (location != null) {
			text.append(" at ").append(location);
		}
		text.append(": ").append(cause.getMessage());
		if (cause.getSQLState() != null) {
			text.append(" [SQLState ").append(cause.getSQLState()).append(']');
		}
		text.append("\n    ").append(sql.strip().replace("\n", "\n    "));
		if (executed.isEmpty()) {
			text.append("\nNo statement of this run had executed before it.");
		}
		else {
			text.append("\n")
				.append(executed.size())
				.append(" statement(s) executed before it (already committed if the"
						+ " revision is not transactional); the last was:\n    ")
				.append(executed.get(executed.size() - 1).strip().replace("\n", "\n    "));
		}
		return text.toString();
	}

	/** The statement as sent to the database. */
	public String sql() {
		return sql;
	}

	/** Where the statement was written, or {@code null} for statements built in Java. */
	public SourceLocation location() {
		return location;
	}

	/** Statements this executor ran successfully before the failing one, in order. */
	public List<String> executedStatements() {
		return executedStatements;
	}

	/** The SQLState, e.g. {@code 42P07} (duplicate table); may be {@code null}. */
	public String sqlState() {
		return sqlState;
	}

	/** The database's message, with detail and hint when the driver provides them. */
	public String databaseMessage() {
		return databaseMessage;
	}

}

package dev.migrate;

import dev.migrate.result.SourceLocation;
import java.util.List;

/**
 * A revision failed while running. The message names the revision, the statement with its
 * {@code file:line}, and PostgreSQL's error; for a non-transactional revision it also
 * lists the statements that had already run (and stay applied), because autocommit cannot
 * undo them.
 */
public class MigrationFailedException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String revision;

	private final Direction direction;

	private final transient SourceLocation location;

	private final String statement;

	private final String sqlState;

	private final List<String> statementsAlreadyRun;

	private final boolean rolledBack;

	public MigrationFailedException(String message, String revision, Direction direction, SourceLocation location,
			String statement, String sqlState, List<String> statementsAlreadyRun, boolean rolledBack, Throwable cause) {
		super(message, cause);
		this.revision = revision;
		this.direction = direction;
		this.location = location;
		this.statement = statement;
		this.sqlState = sqlState;
		this.statementsAlreadyRun = List.copyOf(statementsAlreadyRun);
		this.rolledBack = rolledBack;
	}

	/** Id of the failed revision. */
	public String revision() {
		return revision;
	}

	public Direction direction() {
		return direction;
	}

	/**
	 * File and line of the failed statement, or null when not known (e.g. Java code
	 * outside an operation).
	 */
	public SourceLocation location() {
		return location;
	}

	/** The failed SQL statement, or null when the failure was not a statement. */
	public String statement() {
		return statement;
	}

	/** PostgreSQL's SQLSTATE, e.g. {@code 55P03} for a lock timeout, or null. */
	public String sqlState() {
		return sqlState;
	}

	/**
	 * Statements of this revision that had run before the failure. They were rolled back
	 * unless {@link #rolledBack()} is false (non-transactional revision).
	 */
	public List<String> statementsAlreadyRun() {
		return statementsAlreadyRun;
	}

	/**
	 * Whether the revision's effects were rolled back (true for transactional revisions).
	 */
	public boolean rolledBack() {
		return rolledBack;
	}

}

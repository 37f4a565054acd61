package dev.migrate;

/**
 * A version-table change touched an unexpected number of rows: someone else changed the
 * table (outside the migration lock) while this run was using it. The step's transaction
 * is rolled back.
 */
public class VersionTableConflictException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String statement;

	private final int expectedRows;

	private final int actualRows;

	public VersionTableConflictException(String table, String statement, int expectedRows, int actualRows) {
		super("Version table " + table + " changed unexpectedly: '" + statement + "' affected " + actualRows
				+ " rows, expected " + expectedRows + ". Another process modified it outside migrate's lock; "
				+ "check 'migrate current' and fix the table with 'migrate stamp'.");
		this.statement = statement;
		this.expectedRows = expectedRows;
		this.actualRows = actualRows;
	}

	public String statement() {
		return statement;
	}

	public int expectedRows() {
		return expectedRows;
	}

	public int actualRows() {
		return actualRows;
	}

}

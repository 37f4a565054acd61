package dev.migrate.internal.runtime;

import dev.migrate.MigrateException;
import java.sql.SQLException;

/**
 * Explains the database errors that come from migrate's own tables rather than from a
 * revision: a missing privilege (the tables are created on first use, which needs
 * {@code CREATE} on their schema) and a table of the same name that belongs to someone
 * else. Without this the user sees "permission denied for schema public" or "column
 * "revision" does not exist" and has to guess which table is meant and what to grant.
 */
final class StateTableErrors {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	/** Undefined column, wrong data type, a NOT NULL column migrate does not fill. */
	private static final String[] NOT_MIGRATES_TABLE = { "42703", "42804", "23502", "42P10" };

	private StateTableErrors() {
	}

	/**
	 * The explained error, or {@code null} when {@code error} is not one of these.
	 * @param error what the driver reported while reading or writing the state tables
	 * @param names the state tables, schema-qualified
	 * @param user the connecting user, named in the GRANT to run
	 */
	static MigrateException explain(SQLException error, StateTableNames names, String user) {
		String state = error.getSQLState();
		String tables = names.qualifiedVersionTable() + " and " + names.qualifiedHistoryTable();
		String schema = (names.schema() != null) ? StateTableNames.quote(names.schema()) : "its schema";
		String grantee = (user != null) ? StateTableNames.quote(user) : "the user";
		if (INSUFFICIENT_PRIVILEGE.equals(state)) {
			return new MigrateException("migrate lacks a privilege on its own tables " + tables + ": "
					+ error.getMessage() + ". It creates them on first use, which needs CREATE on " + schema
					+ " (GRANT CREATE ON SCHEMA " + schema + " TO " + grantee
					+ "), and then needs SELECT, INSERT, UPDATE and DELETE on both (GRANT SELECT, INSERT, UPDATE, "
					+ "DELETE ON " + tables.replace(" and ", ", ") + " TO " + grantee
					+ "). Alternatively an owner creates them once: the statements are at the top of "
					+ "'migrate upgrade --sql'.", error);
		}
		for (String notMigrates : NOT_MIGRATES_TABLE) {
			if (notMigrates.equals(state)) {
				return new MigrateException("A table named like migrate's own (" + tables
						+ ") exists but does not have migrate's columns: " + error.getMessage()
						+ ". It may belong to another tool or application: give migrate tables of its own with "
						+ "migrate.version-table / migrate.history-table (--version-table / --history-table) or "
						+ "migrate.schema (--schema), and leave that table alone.", error);
			}
		}
		return null;
	}

}

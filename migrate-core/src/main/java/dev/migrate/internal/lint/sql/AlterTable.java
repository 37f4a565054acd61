package dev.migrate.internal.lint.sql;

import java.util.List;

/**
 * {@code ALTER TABLE}, with its comma-separated actions.
 *
 * @param table the table name as stored
 * @param actions the actions in order
 */
public record AlterTable(String table, List<AlterTableAction> actions) implements DdlStatement {

	public AlterTable {
		actions = List.copyOf(actions);
	}
}

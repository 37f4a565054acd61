package dev.migrate.internal.lint.sql;

import java.util.List;

/**
 * {@code UPDATE table SET ...}, or the {@code DO UPDATE SET} of an
 * {@code INSERT ... ON CONFLICT}.
 *
 * @param table the updated table as stored
 * @param assignedColumns the columns of the {@code SET} list in order, repeats kept (a
 * parenthesised {@code (a, b) = (...)} contributes each of its columns)
 */
public record Update(String table, List<String> assignedColumns) implements DdlStatement {

	public Update {
		assignedColumns = List.copyOf(assignedColumns);
	}
}

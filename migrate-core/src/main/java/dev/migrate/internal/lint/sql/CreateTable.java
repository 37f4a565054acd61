package dev.migrate.internal.lint.sql;

import java.util.List;

/**
 * {@code CREATE TABLE}: a new, empty table, so nothing it does can block other sessions.
 *
 * @param table the table name as stored (last part of a qualified name)
 * @param columns column definitions; empty for {@code CREATE TABLE ... AS} and
 * {@code PARTITION OF}
 * @param constraints table constraints written as separate elements
 */
public record CreateTable(String table, List<ColumnDefinition> columns,
		List<TableConstraint> constraints) implements DdlStatement {

	public CreateTable {
		columns = List.copyOf(columns);
		constraints = List.copyOf(constraints);
	}
}

package dev.migrate.internal.lint.sql;

import java.util.List;

/**
 * {@code DROP TABLE}.
 *
 * @param tables the dropped tables
 */
public record DropTable(List<String> tables) implements DdlStatement {

	public DropTable {
		tables = List.copyOf(tables);
	}
}

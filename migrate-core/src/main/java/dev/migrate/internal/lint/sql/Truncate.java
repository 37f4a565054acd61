package dev.migrate.internal.lint.sql;

import java.util.List;

/**
 * {@code TRUNCATE [TABLE] [ONLY] name [, ...] [RESTART IDENTITY] [CASCADE]}.
 *
 * @param tables the truncated tables as stored
 * @param cascade whether {@code CASCADE} is given, which also empties every table with a
 * foreign key to them
 */
public record Truncate(List<String> tables, boolean cascade) implements DdlStatement {

	public Truncate {
		tables = List.copyOf(tables);
	}
}

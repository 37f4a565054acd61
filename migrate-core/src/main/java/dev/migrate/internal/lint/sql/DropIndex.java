package dev.migrate.internal.lint.sql;

import java.util.List;

/**
 * {@code DROP INDEX [CONCURRENTLY]}.
 *
 * @param indexes the dropped indexes
 * @param concurrently whether {@code CONCURRENTLY} is given
 */
public record DropIndex(List<String> indexes, boolean concurrently) implements DdlStatement {

	public DropIndex {
		indexes = List.copyOf(indexes);
	}
}

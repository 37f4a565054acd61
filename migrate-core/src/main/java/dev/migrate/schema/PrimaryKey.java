package dev.migrate.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A primary key constraint.
 *
 * @param name the constraint name, or {@code null} when the database is to choose it
 * @param columns the key columns, in order
 */
public record PrimaryKey(@Nullable String name, List<String> columns) {

	public PrimaryKey {
		columns = List.copyOf(columns);
	}
}

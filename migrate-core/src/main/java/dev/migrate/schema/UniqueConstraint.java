package dev.migrate.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unique constraint (not a unique index: see {@link Index#unique()}).
 *
 * @param name the constraint name, or {@code null} when the database is to choose it
 * @param columns the constrained columns, in order
 */
public record UniqueConstraint(@Nullable String name, List<String> columns) {

	public UniqueConstraint {
		columns = List.copyOf(columns);
	}
}

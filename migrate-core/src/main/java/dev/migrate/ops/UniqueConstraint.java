package dev.migrate.ops;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code UNIQUE (columns)}.
 *
 * @param name constraint name, or {@code null}
 * @param columns one or more columns
 */
public record UniqueConstraint(@Nullable String name, List<String> columns) implements TableConstraint {

	public UniqueConstraint {
		columns = Names.requireColumns(columns, "unique constraint");
	}

	public static UniqueConstraint of(String... columns) {
		return new UniqueConstraint(null, Arrays.asList(columns));
	}

	@Override
	public UniqueConstraint named(String newName) {
		return new UniqueConstraint(newName, columns);
	}
}

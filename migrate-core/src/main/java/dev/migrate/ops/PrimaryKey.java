package dev.migrate.ops;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code PRIMARY KEY (columns)}.
 *
 * @param name constraint name, or {@code null}
 * @param columns one or more columns, in key order
 */
public record PrimaryKey(@Nullable String name, List<String> columns) implements TableConstraint {

	public PrimaryKey {
		columns = Names.requireColumns(columns, "primary key");
	}

	public static PrimaryKey of(String... columns) {
		return new PrimaryKey(null, Arrays.asList(columns));
	}

	@Override
	public PrimaryKey named(String newName) {
		return new PrimaryKey(newName, columns);
	}
}

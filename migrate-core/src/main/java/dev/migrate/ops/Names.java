package dev.migrate.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Argument checks shared by the operation values. Only structural checks live here
 * (present, non-empty); whether a name is acceptable to a database is the dialect's
 * decision.
 */
final class Names {

	private Names() {
	}

	static String require(String name, String what) {
		Objects.requireNonNull(name, what);
		return name;
	}

	static List<String> requireColumns(List<String> columns, String what) {
		Objects.requireNonNull(columns, what + " columns");
		if (columns.isEmpty()) {
			throw new IllegalArgumentException(what + " needs at least one column");
		}
		for (String column : columns) {
			Objects.requireNonNull(column, what + " column");
		}
		return List.copyOf(columns);
	}

	/** Copies a list that may legitimately contain nulls (SQL values). */
	static List<Object> copyValues(List<?> values) {
		return Collections.unmodifiableList(new ArrayList<>(values));
	}

}

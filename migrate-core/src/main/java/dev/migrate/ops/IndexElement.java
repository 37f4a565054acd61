package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

/**
 * One key of an index: a column (quoted like any identifier) or an expression (SQL
 * written by the revision's author, rendered in parentheses), optionally descending.
 *
 * @param column the column, or {@code null} for an expression
 * @param expression the expression, or {@code null} for a column
 * @param descending whether the key sorts descending
 */
public record IndexElement(@Nullable String column, @Nullable String expression, boolean descending) {

	public IndexElement {
		if ((column == null) == (expression == null)) {
			throw new IllegalArgumentException("an index element is either a column or an expression");
		}
		if (expression != null && expression.isBlank()) {
			throw new IllegalArgumentException("index expression must not be blank");
		}
	}

	public static IndexElement column(String column) {
		return new IndexElement(column, null, false);
	}

	public static IndexElement expression(String sql) {
		return new IndexElement(null, sql, false);
	}

	public IndexElement desc() {
		return new IndexElement(column, expression, true);
	}
}

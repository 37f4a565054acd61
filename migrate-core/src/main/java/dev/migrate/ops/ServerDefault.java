package dev.migrate.ops;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column's server-side default: either a value, which the dialect renders as an inert
 * SQL literal ({@code 'active'}, {@code 0}, {@code TRUE}), or an expression written by
 * the revision's author and rendered verbatim ({@code now()}, {@code gen_random_uuid()}).
 *
 * @param value the literal value, or {@code null} for an expression
 * @param expression SQL rendered as is, or {@code null} for a value
 */
public record ServerDefault(@Nullable Object value, @Nullable String expression) {

	public ServerDefault {
		if ((value == null) == (expression == null)) {
			throw new IllegalArgumentException(
					"a server default is either a value or an expression, not both or neither");
		}
	}

	/** A literal value; use {@code expression("NULL")} for an explicit NULL default. */
	public static ServerDefault value(Object value) {
		return new ServerDefault(Objects.requireNonNull(value, "value (use ServerDefault.expression(\"NULL\"))"), null);
	}

	/** An SQL expression, rendered verbatim. */
	public static ServerDefault expression(String sql) {
		Objects.requireNonNull(sql, "sql");
		if (sql.isBlank()) {
			throw new IllegalArgumentException("default expression must not be blank");
		}
		return new ServerDefault(null, sql);
	}

	public boolean isExpression() {
		return expression != null;
	}
}

package dev.migrate.internal.runtime;

import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.internal.sql.PlaceholderInliner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One state-table statement with its parameters and the row count it must affect.
 *
 * @param sql SQL with {@code ?} placeholders
 * @param parameters values for the placeholders (Strings, numbers, booleans, nulls)
 * @param expectedRows rows the statement must affect, or {@link #ANY_ROWS}
 */
public record SqlCommand(String sql, List<Object> parameters, int expectedRows) {

	public static final int ANY_ROWS = -1;

	/**
	 * A query that must return exactly one row, else the migration lock was lost (see
	 * {@link MigrationLock#stillHeld()}).
	 */
	public static final int FENCE = -2;

	/**
	 * Renders literals for offline scripts and messages, the way revision operations
	 * render them.
	 */
	private static final PostgresDialect LITERALS = new PostgresDialect();

	public SqlCommand {
		parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
	}

	public static SqlCommand of(String sql, int expectedRows, Object... parameters) {
		return new SqlCommand(sql, java.util.Arrays.asList(parameters), expectedRows);
	}

	/** A lock fence: a query that returns one row while the lock is held. */
	public static SqlCommand fence(String sql, Object... parameters) {
		return new SqlCommand(sql, java.util.Arrays.asList(parameters), FENCE);
	}

	/** The statement with literals in place of placeholders, for offline scripts. */
	public String render() {
		return PlaceholderInliner.inline(sql, parameters, SqlCommand::literal);
	}

	/**
	 * A value as a PostgreSQL literal that reads the same whatever
	 * {@code standard_conforming_strings} is set to (a string with a backslash becomes an
	 * {@code E''} string).
	 */
	static String literal(Object value) {
		return LITERALS.literal(value);
	}
}

package dev.migrate.internal.sql;

import dev.migrate.MigrateException;
import java.util.List;
import java.util.function.Function;

/**
 * Replaces the JDBC {@code ?} placeholders of a statement with SQL literals, for offline
 * scripts and the state-table statements they contain. Follows the PostgreSQL driver's
 * reading, through {@link PostgresLexer}: {@code ?} inside literals, quoted identifiers,
 * comments and dollar quotes is text, and {@code ??} is an escaped {@code ?} operator
 * (e.g. jsonb's).
 */
public final class PlaceholderInliner {

	private PlaceholderInliner() {
	}

	/**
	 * @param sql the statement
	 * @param parameters one value per placeholder
	 * @param literal renders a value as a SQL literal
	 * @throws MigrateException when the placeholders and parameters do not pair up
	 */
	public static String inline(String sql, List<?> parameters, Function<Object, String> literal) {
		StringBuilder out = new StringBuilder(sql.length() + parameters.size() * 8);
		int used = 0;
		PostgresLexer lexer = new PostgresLexer(sql);
		while (lexer.next()) {
			if (lexer.kind() != PostgresLexer.Kind.PARAMETER || lexer.first() != '?') {
				out.append(sql, lexer.start(), lexer.end());
			}
			else if (lexer.end() < sql.length() && sql.charAt(lexer.end()) == '?') {
				out.append('?');
				lexer.next();
			}
			else {
				if (used == parameters.size()) {
					throw mismatch(sql, parameters.size(), "more placeholders than");
				}
				out.append(literal.apply(parameters.get(used++)));
			}
		}
		if (used != parameters.size()) {
			throw mismatch(sql, parameters.size(), "only " + used + " placeholders for");
		}
		return out.toString();
	}

	private static MigrateException mismatch(String sql, int count, String what) {
		return new MigrateException("Statement has " + what + " its " + count + " parameters: " + sql);
	}

}

package dev.migrate.internal.dialect;

import dev.migrate.MigrateException;
import java.util.List;
import java.util.function.Function;

/**
 * Replaces the JDBC {@code ?} placeholders of a statement with SQL literals, for offline
 * scripts. Follows the PostgreSQL driver's reading: {@code ?} inside literals, quoted
 * identifiers, comments and dollar quotes is text, and {@code ??} is an escaped {@code ?}
 * operator (e.g. jsonb's).
 */
final class PlaceholderInliner {

	private PlaceholderInliner() {
	}

	static String inline(String sql, List<Object> parameters, Function<Object, String> literal) {
		StringBuilder out = new StringBuilder(sql.length() + parameters.size() * 8);
		int used = 0;
		int i = 0;
		while (i < sql.length()) {
			int next = SqlScanner.skipNonCode(sql, i);
			if (next > i) {
				out.append(sql, i, next);
				i = next;
				continue;
			}
			char c = sql.charAt(i);
			if (c == '?' && i + 1 < sql.length() && sql.charAt(i + 1) == '?') {
				out.append('?');
				i += 2;
				continue;
			}
			if (c == '?') {
				if (used == parameters.size()) {
					throw mismatch(sql, parameters.size(), "more placeholders than");
				}
				out.append(literal.apply(parameters.get(used++)));
			}
			else {
				out.append(c);
			}
			i++;
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

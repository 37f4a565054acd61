package dev.migrate.internal.dialect;

/**
 * Finds the parts of PostgreSQL text that are not code (string literals, quoted
 * identifiers, comments, dollar-quoted bodies), so placeholders and terminators are only
 * ever looked for in code.
 */
final class SqlScanner {

	private SqlScanner() {
	}

	/**
	 * If a literal, quoted identifier, comment or dollar-quoted body starts at {@code i},
	 * the index just after it (the end of the text when it is unterminated); otherwise
	 * {@code i}.
	 */
	static int skipNonCode(String sql, int i) {
		char c = sql.charAt(i);
		if (c == '\'') {
			return skipString(sql, i, isEscapeStringPrefix(sql, i));
		}
		if (c == '"') {
			return skipDoubled(sql, i, '"');
		}
		if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
			int end = sql.indexOf('\n', i);
			return end < 0 ? sql.length() : end + 1;
		}
		if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
			return skipBlockComment(sql, i);
		}
		if (c == '$') {
			return skipDollarQuoted(sql, i);
		}
		return i;
	}

	/**
	 * Whether the text ends inside a {@code --} comment, where an appended {@code ;}
	 * would be commented out.
	 */
	static boolean endsInLineComment(String sql) {
		int i = 0;
		while (i < sql.length()) {
			int next = skipNonCode(sql, i);
			if (next == i) {
				i++;
				continue;
			}
			if (next == sql.length() && sql.startsWith("--", i) && sql.indexOf('\n', i) < 0) {
				return true;
			}
			i = next;
		}
		return false;
	}

	private static boolean isEscapeStringPrefix(String sql, int quote) {
		if (quote == 0 || Character.toUpperCase(sql.charAt(quote - 1)) != 'E') {
			return false;
		}
		return quote == 1 || !isIdentifierPart(sql.charAt(quote - 2));
	}

	private static int skipString(String sql, int start, boolean backslashEscapes) {
		int i = start + 1;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == '\'') {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
					i += 2;
				}
				else {
					return i + 1;
				}
			}
			else {
				i++;
			}
		}
		return sql.length();
	}

	private static int skipDoubled(String sql, int start, char quote) {
		int i = start + 1;
		while (i < sql.length()) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return sql.length();
	}

	/** PostgreSQL block comments nest. */
	private static int skipBlockComment(String sql, int start) {
		int depth = 0;
		int i = start;
		while (i < sql.length()) {
			if (sql.startsWith("/*", i)) {
				depth++;
				i += 2;
			}
			else if (sql.startsWith("*/", i)) {
				depth--;
				i += 2;
				if (depth == 0) {
					return i;
				}
			}
			else {
				i++;
			}
		}
		return sql.length();
	}

	/**
	 * {@code $tag$...$tag$}; a {@code $} inside an identifier ({@code a$b}) or a
	 * parameter ({@code $1}) is code.
	 */
	private static int skipDollarQuoted(String sql, int start) {
		if (start > 0 && isIdentifierPart(sql.charAt(start - 1))) {
			return start;
		}
		int i = start + 1;
		while (i < sql.length() && sql.charAt(i) != '$') {
			char c = sql.charAt(i);
			boolean valid = i == start + 1 ? Character.isLetter(c) || c == '_' : isIdentifierPart(c);
			if (!valid) {
				return start;
			}
			i++;
		}
		if (i >= sql.length()) {
			return start;
		}
		String tag = sql.substring(start, i + 1);
		int end = sql.indexOf(tag, i + 1);
		return end < 0 ? sql.length() : end + tag.length();
	}

	private static boolean isIdentifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

}

package dev.migrate.internal.lint.sql;

import java.util.Locale;
import java.util.Objects;

/**
 * One lexical token of a PostgreSQL statement. Comments and whitespace are not tokens.
 *
 * @param type what kind of token
 * @param text the token as written (quoted identifiers without their quotes and with
 * doubled quotes undone; strings with their quotes, since rules only look at them as a
 * whole)
 * @param line 0-based line of the token's first character, relative to the start of the
 * statement
 * @param spaceBefore whether whitespace or a comment separates the token from the
 * previous one, so a statement can be shown on one line the way it was written
 */
public record SqlToken(Type type, String text, int line, boolean spaceBefore) {

	/** Token kinds the recognizer distinguishes. */
	public enum Type {

		/** An unquoted identifier or key word: PostgreSQL folds these to lower case. */
		WORD,
		/** A {@code "quoted identifier"}: case preserved, never a key word. */
		QUOTED_IDENTIFIER,
		/**
		 * Any string constant: {@code 'x'}, {@code E'x'}, {@code $$x$$},
		 * {@code $tag$x$tag$}, {@code B'1'}.
		 */
		STRING, NUMBER,
		/** A positional parameter: {@code $1} or {@code ?}. */
		PARAMETER,
		/**
		 * Punctuation (one token per character) or an operator such as {@code >=} or
		 * {@code ::}.
		 */
		SYMBOL

	}

	public SqlToken {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(text, "text");
	}

	/** True when this is the unquoted key word {@code keyword} (case-insensitive). */
	public boolean is(String keyword) {
		return type == Type.WORD && text.equalsIgnoreCase(keyword);
	}

	/** True when this is the unquoted key word equal to any of {@code keywords}. */
	public boolean isAny(String... keywords) {
		for (String keyword : keywords) {
			if (is(keyword)) {
				return true;
			}
		}
		return false;
	}

	/** True when this is the punctuation {@code symbol}. */
	public boolean isSymbol(String symbol) {
		return type == Type.SYMBOL && text.equals(symbol);
	}

	/** True for tokens that can name a table, column or index. */
	public boolean isIdentifier() {
		return type == Type.WORD || type == Type.QUOTED_IDENTIFIER;
	}

	/**
	 * The identifier as PostgreSQL stores it: unquoted names fold to lower case, quoted
	 * names keep their case.
	 */
	public String identifier() {
		return type == Type.WORD ? text.toLowerCase(Locale.ROOT) : text;
	}

	/**
	 * {@code tokens} on one line, spaced where the original had whitespace or comments.
	 */
	public static String join(java.util.List<SqlToken> tokens) {
		StringBuilder text = new StringBuilder();
		for (SqlToken token : tokens) {
			if (token.spaceBefore() && text.length() > 0) {
				text.append(' ');
			}
			text.append(token.sql());
		}
		return text.toString();
	}

	/** The token as it would be written back into SQL. */
	public String sql() {
		return type == Type.QUOTED_IDENTIFIER ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}

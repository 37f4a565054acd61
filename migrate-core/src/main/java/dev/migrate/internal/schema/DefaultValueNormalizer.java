package dev.migrate.internal.schema;

import java.util.List;
import java.util.Locale;

/**
 * Brings a server default expression to a canonical text, so that what an entity model
 * declares ({@code 'new'}, {@code now()}, {@code 0}) compares equal to what PostgreSQL
 * stores ({@code 'new'::character varying}, {@code now()}, {@code 0}). Casts are dropped,
 * keywords and function names lower-cased outside string literals, redundant outer
 * parentheses removed, and {@code CURRENT_TIMESTAMP} treated as {@code now()}.
 */
public final class DefaultValueNormalizer {

	/**
	 * Multi-word type names a cast may use; checked before single words so the whole name
	 * is removed.
	 */
	private static final List<String> MULTI_WORD_TYPES = List.of("character varying", "double precision",
			"timestamp with time zone", "timestamp without time zone", "time with time zone", "time without time zone",
			"bit varying");

	private DefaultValueNormalizer() {
	}

	/** The canonical text, or {@code null} for no default. */
	public static String normalize(String expression) {
		if (expression == null || expression.isBlank()) {
			return null;
		}
		String text = withoutCastsAndLowerCase(expression.trim());
		text = stripOuterParentheses(text.trim());
		if (text.equals("current_timestamp")) {
			text = "now()";
		}
		if (text.matches("'-?\\d+(\\.\\d+)?'")) {
			text = text.substring(1, text.length() - 1);
		}
		return text;
	}

	/** Whether two default expressions are the same after normalization. */
	public static boolean sameDefault(String left, String right) {
		return java.util.Objects.equals(normalize(left), normalize(right));
	}

	private static String withoutCastsAndLowerCase(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\'') {
				int end = endOfLiteral(text, i);
				out.append(text, i, end);
				i = end;
			}
			else if (c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
				i = endOfCastType(text, i + 2);
			}
			else {
				out.append(Character.toLowerCase(c));
				i++;
			}
		}
		return out.toString();
	}

	private static int endOfLiteral(String text, int start) {
		int i = start + 1;
		while (i < text.length()) {
			if (text.charAt(i) == '\'') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return text.length();
	}

	private static int endOfCastType(String text, int start) {
		String rest = text.substring(start).toLowerCase(Locale.ROOT);
		int i = start;
		String multiWord = MULTI_WORD_TYPES.stream().filter(rest::startsWith).findFirst().orElse(null);
		if (multiWord != null) {
			i += multiWord.length();
		}
		else {
			while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
					|| text.charAt(i) == '.' || text.charAt(i) == '"')) {
				i++;
			}
		}
		if (i < text.length() && text.charAt(i) == '(') {
			int close = text.indexOf(')', i);
			i = close < 0 ? text.length() : close + 1;
		}
		while (text.startsWith("[]", i)) {
			i += 2;
		}
		return i;
	}

	private static String stripOuterParentheses(String text) {
		String current = text;
		while (current.startsWith("(") && current.endsWith(")") && wrapsWhole(current)) {
			current = current.substring(1, current.length() - 1).trim();
		}
		return current;
	}

	private static boolean wrapsWhole(String text) {
		int depth = 0;
		boolean inLiteral = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				inLiteral = !inLiteral;
			}
			else if (!inLiteral && c == '(') {
				depth++;
			}
			else if (!inLiteral && c == ')') {
				depth--;
				if (depth == 0 && i < text.length() - 1) {
					return false;
				}
			}
		}
		return true;
	}

}

package dev.migrate.internal.schema.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical forms of the check constraints JPA models produce for enums, so that a new
 * enum constant counts as drift: Hibernate writes {@code status in ('NEW','PAID')} and
 * {@code status between 0 and 3}; PostgreSQL stores them as
 * {@code (status)::text = ANY ((ARRAY['NEW'::character varying, ...])::text[])} and
 * {@code status >= 0 AND status <= 3}. Other expressions have no canonical form:
 * PostgreSQL rewrites them in too many ways to compare them as text, so such checks are
 * matched by name only.
 */
final class CheckExpressions {

	private static final Pattern CAST = Pattern
		.compile("::\\s*(?:character varying|double precision|timestamp with(?:out)? time zone|[a-z_][a-z0-9_]*)"
				+ "(?:\\(\\d+(?:,\\d+)?\\))?(?:\\[\\])*");

	private static final Pattern IN_LIST = Pattern.compile("([a-z_][a-z0-9_]*) in (.+)");

	private static final Pattern ANY_ARRAY = Pattern.compile("([a-z_][a-z0-9_]*) = any array\\[(.+)\\]");

	private static final Pattern BETWEEN = Pattern.compile("([a-z_][a-z0-9_]*) between (-?[0-9.]+) and (-?[0-9.]+)");

	private static final Pattern RANGE = Pattern
		.compile("([a-z_][a-z0-9_]*) >= (-?[0-9.]+) and ([a-z_][a-z0-9_]*) <= (-?[0-9.]+)");

	private CheckExpressions() {
	}

	/**
	 * The canonical form of an enum-style check, or {@code null} for any other
	 * expression.
	 */
	static String canonical(String expression) {
		String text = simplify(expression);
		Matcher in = IN_LIST.matcher(text);
		if (in.matches()) {
			return in.group(1) + " in " + values(in.group(2));
		}
		Matcher any = ANY_ARRAY.matcher(text);
		if (any.matches()) {
			return any.group(1) + " in " + values(any.group(2));
		}
		Matcher between = BETWEEN.matcher(text);
		if (between.matches()) {
			return between.group(1) + " from " + between.group(2) + " to " + between.group(3);
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches() && range.group(1).equals(range.group(3))) {
			return range.group(1) + " from " + range.group(2) + " to " + range.group(4);
		}
		return null;
	}

	/** Whether both expressions have a canonical form and the forms differ. */
	static boolean differ(String model, String database) {
		String left = canonical(model);
		String right = canonical(database);
		return left != null && right != null && !left.equals(right);
	}

	// Casts, parentheses, quotes around identifiers and letter case outside string
	// literals say
	// nothing about which values pass.
	private static String simplify(String expression) {
		StringBuilder out = new StringBuilder();
		StringBuilder code = new StringBuilder();
		int i = 0;
		while (i < expression.length()) {
			char c = expression.charAt(i);
			if (c == '\'') {
				int end = endOfLiteral(expression, i);
				out.append(clean(code.toString()));
				code.setLength(0);
				out.append(expression, i, end);
				i = end;
			}
			else {
				code.append(c);
				i++;
			}
		}
		out.append(clean(code.toString()));
		return out.toString().replaceAll("\\s+", " ").replaceAll(" ?, ?", ",").strip();
	}

	private static String clean(String code) {
		String lower = code.toLowerCase(Locale.ROOT);
		return CAST.matcher(lower).replaceAll("").replaceAll("[()\"]", " ");
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

	private static String values(String list) {
		List<String> values = new ArrayList<>();
		for (String value : list.split(",")) {
			values.add(value.strip());
		}
		return new TreeSet<>(values).toString();
	}

}

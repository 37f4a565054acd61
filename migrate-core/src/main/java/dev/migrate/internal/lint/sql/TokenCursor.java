package dev.migrate.internal.lint.sql;

import java.util.ArrayList;
import java.util.List;

/** Reads a token list front to back; the recognizer's only way of looking at tokens. */
final class TokenCursor {

	private final List<SqlToken> tokens;

	private int index;

	TokenCursor(List<SqlToken> tokens) {
		this.tokens = tokens;
	}

	boolean atEnd() {
		return index >= tokens.size();
	}

	/**
	 * The token {@code ahead} positions from the current one, or {@code null} past the
	 * end.
	 */
	SqlToken peek(int ahead) {
		int at = index + ahead;
		return at < tokens.size() ? tokens.get(at) : null;
	}

	SqlToken peek() {
		return peek(0);
	}

	SqlToken next() {
		return tokens.get(index++);
	}

	/** True when the next tokens are the key words {@code keywords}, in order. */
	boolean lookingAt(String... keywords) {
		for (int i = 0; i < keywords.length; i++) {
			SqlToken token = peek(i);
			if (token == null || !token.is(keywords[i])) {
				return false;
			}
		}
		return true;
	}

	/** Consumes the key words {@code keywords} when the next tokens are exactly those. */
	boolean accept(String... keywords) {
		if (!lookingAt(keywords)) {
			return false;
		}
		index += keywords.length;
		return true;
	}

	boolean acceptSymbol(String symbol) {
		SqlToken token = peek();
		if (token != null && token.isSymbol(symbol)) {
			index++;
			return true;
		}
		return false;
	}

	/**
	 * Reads a possibly schema-qualified name ({@code a}, {@code a.b}, {@code "A".b}) and
	 * returns its last part as PostgreSQL stores it, or {@code null} when no identifier
	 * comes next.
	 */
	String qualifiedName() {
		SqlToken token = peek();
		if (token == null || !token.isIdentifier()) {
			return null;
		}
		String name = next().identifier();
		while (peek() != null && peek().isSymbol(".") && peek(1) != null && peek(1).isIdentifier()) {
			index++;
			name = next().identifier();
		}
		return name;
	}

	/** Reads a plain identifier, or returns {@code null} when none comes next. */
	String identifier() {
		SqlToken token = peek();
		if (token == null || !token.isIdentifier()) {
			return null;
		}
		return next().identifier();
	}

	/**
	 * Consumes one token, or a whole parenthesised group when the next token opens one.
	 */
	List<SqlToken> skipItem() {
		List<SqlToken> skipped = new ArrayList<>();
		int depth = 0;
		do {
			SqlToken token = next();
			skipped.add(token);
			if (token.isSymbol("(") || token.isSymbol("[")) {
				depth++;
			}
			else if (token.isSymbol(")") || token.isSymbol("]")) {
				depth--;
			}
		}
		while (depth > 0 && !atEnd());
		return skipped;
	}

	/** All tokens not yet consumed. */
	List<SqlToken> rest() {
		List<SqlToken> rest = new ArrayList<>(tokens.subList(Math.min(index, tokens.size()), tokens.size()));
		index = tokens.size();
		return rest;
	}

	/**
	 * Splits {@code tokens} at commas that are not inside parentheses or brackets: the
	 * elements of a column list or the actions of an {@code ALTER TABLE}.
	 */
	static List<List<SqlToken>> splitTopLevel(List<SqlToken> tokens) {
		List<List<SqlToken>> parts = new ArrayList<>();
		List<SqlToken> current = new ArrayList<>();
		int depth = 0;
		for (SqlToken token : tokens) {
			if (token.isSymbol("(") || token.isSymbol("[")) {
				depth++;
			}
			else if (token.isSymbol(")") || token.isSymbol("]")) {
				depth--;
			}
			if (depth == 0 && token.isSymbol(",")) {
				parts.add(current);
				current = new ArrayList<>();
			}
			else {
				current.add(token);
			}
		}
		if (!current.isEmpty()) {
			parts.add(current);
		}
		return parts;
	}

	/**
	 * The tokens strictly inside the parenthesised group that starts at the next token.
	 */
	List<SqlToken> parenthesised() {
		List<SqlToken> group = skipItem();
		if (group.size() < 2) {
			return List.of();
		}
		return group.subList(1, group.size() - 1);
	}

}

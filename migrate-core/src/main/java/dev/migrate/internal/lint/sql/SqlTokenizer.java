package dev.migrate.internal.lint.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one PostgreSQL statement into tokens. It understands exactly the lexical rules
 * that decide where a token ends: single-quoted strings with doubled quotes, {@code E''}
 * strings with backslash escapes, dollar quoting ({@code $$}, {@code $tag$}), quoted
 * identifiers, line comments and nested block comments. That is enough for the lint
 * rules, which never need to understand expressions, only to skip over them without
 * mistaking a {@code ;} or a key word inside a string for syntax.
 *
 * <p>
 * Unterminated strings or comments do not throw: the rest of the input becomes one token,
 * because the linter must still report what it can about a statement PostgreSQL would
 * reject anyway.
 */
public final class SqlTokenizer {

	/**
	 * Characters PostgreSQL allows in operator names ({@code ?} is a JDBC parameter
	 * here).
	 */
	private static final String OPERATOR_CHARACTERS = "+-*/<>=~!@#%^&|`";

	private final String sql;

	private final List<SqlToken> tokens = new ArrayList<>();

	private final List<SqlComment> comments = new ArrayList<>();

	private int position;

	private int line;

	private boolean spaceBefore;

	private SqlTokenizer(String sql) {
		this.sql = sql;
	}

	/** Tokenizes {@code sql}, which may hold one statement or several. */
	public static TokenizedSql tokenize(String sql) {
		SqlTokenizer tokenizer = new SqlTokenizer(sql);
		tokenizer.run();
		return new TokenizedSql(tokenizer.tokens, tokenizer.comments);
	}

	private void run() {
		while (position < sql.length()) {
			char c = sql.charAt(position);
			if (c == '\n') {
				line++;
				position++;
				spaceBefore = true;
			}
			else if (Character.isWhitespace(c)) {
				position++;
				spaceBefore = true;
			}
			else if (startsWith("--")) {
				lineComment();
				spaceBefore = true;
			}
			else if (startsWith("/*")) {
				blockComment();
				spaceBefore = true;
			}
			else if (c == '\'') {
				quoted(SqlToken.Type.STRING, position, '\'', false);
			}
			else if (c == '"') {
				quotedIdentifier();
			}
			else if (c == '$') {
				dollar();
			}
			else if (c == '?') {
				add(SqlToken.Type.PARAMETER, "?", line);
				position++;
			}
			else if (Character.isDigit(c)
					|| (c == '.' && position + 1 < sql.length() && Character.isDigit(sql.charAt(position + 1)))) {
				number();
			}
			else if (isIdentifierStart(c)) {
				word();
			}
			else if (startsWith("::")) {
				add(SqlToken.Type.SYMBOL, "::", line);
				position += 2;
			}
			else if (OPERATOR_CHARACTERS.indexOf(c) >= 0) {
				operator();
			}
			else {
				add(SqlToken.Type.SYMBOL, String.valueOf(c), line);
				position++;
			}
		}
	}

	private void lineComment() {
		int end = sql.indexOf('\n', position);
		if (end < 0) {
			end = sql.length();
		}
		comments.add(new SqlComment(sql.substring(position + 2, end).trim(), line));
		position = end;
	}

	private void blockComment() {
		// PostgreSQL block comments nest, unlike the SQL standard's.
		int depth = 0;
		while (position < sql.length()) {
			if (startsWith("/*")) {
				depth++;
				position += 2;
			}
			else if (startsWith("*/")) {
				depth--;
				position += 2;
				if (depth == 0) {
					return;
				}
			}
			else {
				advance();
			}
		}
	}

	/**
	 * Reads a quoted run starting at the quote at {@code position}; {@code start}
	 * includes any prefix.
	 */
	private void quoted(SqlToken.Type type, int start, char quote, boolean backslashEscapes) {
		int startLine = line;
		position++;
		while (position < sql.length()) {
			char c = sql.charAt(position);
			if (backslashEscapes && c == '\\') {
				advance();
				if (position < sql.length()) {
					advance();
				}
			}
			else if (c == quote) {
				position++;
				if (position < sql.length() && sql.charAt(position) == quote) {
					position++;
				}
				else {
					break;
				}
			}
			else {
				advance();
			}
		}
		add(type, sql.substring(start, position), startLine);
	}

	private void quotedIdentifier() {
		int startLine = line;
		int start = position;
		quotedRun();
		String body = sql.substring(start + 1, Math.max(start + 1, position - 1));
		add(SqlToken.Type.QUOTED_IDENTIFIER, body.replace("\"\"", "\""), startLine);
	}

	private void quotedRun() {
		position++;
		while (position < sql.length()) {
			char c = sql.charAt(position);
			if (c == '"') {
				position++;
				if (position < sql.length() && sql.charAt(position) == '"') {
					position++;
				}
				else {
					return;
				}
			}
			else {
				advance();
			}
		}
	}

	private void dollar() {
		int start = position;
		int next = position + 1;
		if (next < sql.length() && Character.isDigit(sql.charAt(next))) {
			while (next < sql.length() && Character.isDigit(sql.charAt(next))) {
				next++;
			}
			add(SqlToken.Type.PARAMETER, sql.substring(start, next), line);
			position = next;
			return;
		}
		while (next < sql.length() && isIdentifierPart(sql.charAt(next)) && sql.charAt(next) != '$') {
			next++;
		}
		if (next < sql.length() && sql.charAt(next) == '$') {
			String tag = sql.substring(start, next + 1);
			int startLine = line;
			int close = sql.indexOf(tag, next + 1);
			int end = close < 0 ? sql.length() : close + tag.length();
			while (position < end) {
				advance();
			}
			add(SqlToken.Type.STRING, sql.substring(start, end), startLine);
			return;
		}
		add(SqlToken.Type.SYMBOL, "$", line);
		position++;
	}

	/**
	 * An operator is a run of operator characters that does not start a comment:
	 * {@code >=}, {@code <>}, {@code ->>}.
	 */
	private void operator() {
		int start = position;
		while (position < sql.length() && OPERATOR_CHARACTERS.indexOf(sql.charAt(position)) >= 0
				&& (position == start || !(startsWith("--") || startsWith("/*")))) {
			position++;
		}
		add(SqlToken.Type.SYMBOL, sql.substring(start, position), line);
	}

	private void number() {
		int start = position;
		while (position < sql.length()) {
			char c = sql.charAt(position);
			boolean exponentSign = (c == '+' || c == '-') && position > start
					&& (sql.charAt(position - 1) == 'e' || sql.charAt(position - 1) == 'E');
			if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
				position++;
			}
			else {
				break;
			}
		}
		add(SqlToken.Type.NUMBER, sql.substring(start, position), line);
	}

	private void word() {
		int start = position;
		while (position < sql.length() && isIdentifierPart(sql.charAt(position))) {
			position++;
		}
		String word = sql.substring(start, position);
		boolean quoteFollows = position < sql.length() && sql.charAt(position) == '\'';
		if (quoteFollows && word.equalsIgnoreCase("E")) {
			quoted(SqlToken.Type.STRING, start, '\'', true);
		}
		else if (quoteFollows
				&& (word.equalsIgnoreCase("B") || word.equalsIgnoreCase("X") || word.equalsIgnoreCase("N"))) {
			quoted(SqlToken.Type.STRING, start, '\'', false);
		}
		else if (word.equalsIgnoreCase("U") && startsWith("&'")) {
			position++;
			quoted(SqlToken.Type.STRING, start, '\'', false);
		}
		else if (word.equalsIgnoreCase("U") && startsWith("&\"")) {
			position++;
			quotedIdentifier();
		}
		else {
			add(SqlToken.Type.WORD, word, line);
		}
	}

	private void advance() {
		if (sql.charAt(position) == '\n') {
			line++;
		}
		position++;
	}

	private boolean startsWith(String prefix) {
		return sql.startsWith(prefix, position);
	}

	private void add(SqlToken.Type type, String text, int tokenLine) {
		tokens.add(new SqlToken(type, text, tokenLine, spaceBefore));
		spaceBefore = false;
	}

	private static boolean isIdentifierStart(char c) {
		return Character.isLetter(c) || c == '_' || c > 127;
	}

	private static boolean isIdentifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
	}

}

package dev.migrate.internal.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads PostgreSQL text one token at a time, by the server's lexical rules (scan.l) with
 * {@code standard_conforming_strings = on}. A cursor rather than a list of tokens: the
 * statement splitter runs it over every revision file a command is about to apply, and
 * allocates nothing per token this way.
 *
 * <ul>
 * <li>strings {@code '...'} with doubled quotes, {@code E'...'} with backslash escapes
 * (so {@code E'\''} is one quote), {@code B'...'}, {@code X'...'}, {@code N'...'},
 * {@code U&'...'}, each one {@link Kind#STRING} with its prefix; in {@code xE'...'} the
 * identifier {@code xE} wins (longest match) and the quote starts a plain string;</li>
 * <li>quoted identifiers {@code "..."} and {@code U&"..."} with doubled quotes;</li>
 * <li>dollar quotes {@code $$...$$} and {@code $tag$...$tag$}, the tag spelled like an
 * identifier without {@code $} (case-sensitive); {@code $1} is a parameter and
 * {@code a$$} an identifier;</li>
 * <li>line comments {@code --} up to the line break, nested block comments;</li>
 * <li>identifiers: ASCII letters, {@code _} and every non-ASCII character, then also
 * digits and {@code $};</li>
 * <li>operators as runs of operator characters that stop before {@code --} and
 * {@code /*}; {@code ::}; every other character a symbol of its own (so {@code ;},
 * {@code (}, {@code )} and a stray backslash are single-character symbols);</li>
 * <li>{@code ?} is a JDBC parameter, one token per character (the driver reads {@code ??}
 * as an escaped {@code ?}).</li>
 * </ul>
 *
 * <p>
 * Unterminated strings, identifiers, dollar quotes and comments run to the end of the
 * text and are flagged {@link #unterminated()}: the splitter turns that into an error
 * naming the line, lint still reports what it can.
 */
public final class PostgresLexer {

	/** What a token is. */
	public enum Kind {

		/** Spaces, tabs, line breaks, form and vertical tabs. */
		WHITESPACE,
		/** {@code -- ...} up to (not including) the line break. */
		LINE_COMMENT,
		/** {@code /* ... *}{@code /}, nested. */
		BLOCK_COMMENT,
		/** A string constant, with its prefix ({@code E}, {@code B}, {@code X}, ...). */
		STRING,
		/** A dollar-quoted string, delimiters included. */
		DOLLAR_STRING,
		/** {@code "..."} or {@code U&"..."}, quotes included. */
		QUOTED_IDENTIFIER,
		/** An unquoted identifier or key word. */
		WORD,
		/**
		 * A numeric constant such as {@code 42}, {@code 1.5e-3}, {@code .5},
		 * {@code 0x1F}.
		 */
		NUMBER,
		/** {@code $1} or a JDBC {@code ?}. */
		PARAMETER,
		/**
		 * An operator ({@code >=}, {@code ->>}), {@code ::}, or any other single
		 * character.
		 */
		SYMBOL

	}

	private final String text;

	private final int length;

	private int start;

	private int end;

	private @Nullable Kind kind;

	private boolean unterminated;

	/** Line breaks before {@link #start}. */
	private int line;

	/** Line breaks inside the current token, added to {@link #line} on the next step. */
	private int tokenLineBreaks;

	public PostgresLexer(String text) {
		this.text = text;
		this.length = text.length();
	}

	/**
	 * Moves to the next token.
	 * @return false at the end of the text
	 */
	public boolean next() {
		line += tokenLineBreaks;
		tokenLineBreaks = 0;
		start = end;
		unterminated = false;
		if (start >= length) {
			kind = null;
			return false;
		}
		scan(text.charAt(start));
		return true;
	}

	/** The current token's kind; only after {@link #next()} returned true. */
	public Kind kind() {
		return Objects.requireNonNull(kind, "no current token: next() returned false or was not called");
	}

	/** Where the current token starts. */
	public int start() {
		return start;
	}

	/** Just after the current token. */
	public int end() {
		return end;
	}

	/** The current token's first character. */
	public char first() {
		return text.charAt(start);
	}

	/** The current token as written. */
	public String token() {
		return text.substring(start, end);
	}

	/**
	 * Line breaks (LF, CRLF and lone CR, each counting once) between the start of the
	 * text and the current token: 0 on the first line.
	 */
	public int line() {
		return line;
	}

	/**
	 * Whether the current string, quoted identifier, dollar quote or block comment is
	 * never closed (it then runs to the end of the text).
	 */
	public boolean unterminated() {
		return unterminated;
	}

	/**
	 * Whether {@code sql} ends inside a {@code --} comment, where an appended {@code ;}
	 * would be commented out.
	 */
	public static boolean endsInLineComment(String sql) {
		PostgresLexer lexer = new PostgresLexer(sql);
		Kind last = null;
		while (lexer.next()) {
			last = lexer.kind();
		}
		return last == Kind.LINE_COMMENT;
	}

	/**
	 * PostgreSQL's ident_start: ASCII letters, underscore and every non-ASCII character.
	 */
	public static boolean isIdentifierStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
	}

	/** PostgreSQL's ident_cont: ident_start plus digits and {@code $}. */
	public static boolean isIdentifierPart(char c) {
		return isIdentifierStart(c) || isDigit(c) || c == '$';
	}

	private void scan(char c) {
		// Most frequent first: white space and words make up most of a script.
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B') {
			whitespace();
		}
		else if (isIdentifierStart(c)) {
			word(c);
		}
		else if (c == '-' && peek(1) == '-') {
			lineComment();
		}
		else if (c == '/' && peek(1) == '*') {
			blockComment();
		}
		else if (c == '\'') {
			quoted(start, Kind.STRING, '\'', false);
		}
		else if (c == '"') {
			quoted(start, Kind.QUOTED_IDENTIFIER, '"', false);
		}
		else if (c == '$') {
			dollar();
		}
		else if (c == '?') {
			token(Kind.PARAMETER, start + 1);
		}
		else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
			number();
		}
		else if (c == ':' && peek(1) == ':') {
			token(Kind.SYMBOL, start + 2);
		}
		else if (isOperatorCharacter(c)) {
			operator();
		}
		else {
			token(Kind.SYMBOL, start + 1);
		}
	}

	private void whitespace() {
		int i = start;
		int breaks = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c == '\n') {
				breaks++;
			}
			else if (c == '\r') {
				if (i + 1 >= length || text.charAt(i + 1) != '\n') {
					breaks++;
				}
			}
			else if (c != ' ' && c != '\t' && c != '\f' && c != '\u000B') {
				break;
			}
			i++;
		}
		tokenLineBreaks = breaks;
		token(Kind.WHITESPACE, i);
	}

	private void lineComment() {
		int i = start + 2;
		while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
			i++;
		}
		token(Kind.LINE_COMMENT, i);
	}

	private void blockComment() {
		int depth = 1;
		int i = start + 2;
		while (i < length) {
			char c = text.charAt(i);
			if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
				depth++;
				i += 2;
			}
			else if (c == '*' && i + 1 < length && text.charAt(i + 1) == '/') {
				i += 2;
				if (--depth == 0) {
					multiLineToken(Kind.BLOCK_COMMENT, i, false);
					return;
				}
			}
			else {
				i++;
			}
		}
		multiLineToken(Kind.BLOCK_COMMENT, length, true);
	}

	/**
	 * A run closed by {@code quote} (doubled inside), starting at the quote at
	 * {@code quoteAt}; the token starts at {@link #start}, before any prefix.
	 */
	private void quoted(int quoteAt, Kind quotedKind, char quote, boolean backslashEscapes) {
		int i = quoteAt + 1;
		while (i < length) {
			char c = text.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 < length && text.charAt(i + 1) == quote) {
					i += 2;
				}
				else {
					multiLineToken(quotedKind, i + 1, false);
					return;
				}
			}
			else {
				i++;
			}
		}
		multiLineToken(quotedKind, length, true);
	}

	private void dollar() {
		if (isDigit(peek(1))) {
			// $1, $2: a positional parameter, never a dollar quote.
			int i = start + 1;
			while (i < length && isDigit(text.charAt(i))) {
				i++;
			}
			token(Kind.PARAMETER, i);
			return;
		}
		int tagEnd = dollarQuoteTagEnd();
		if (tagEnd < 0) {
			// A lone $ is its own (invalid) token for the server.
			token(Kind.SYMBOL, start + 1);
			return;
		}
		// The first occurrence of the delimiter closes the quote: the server's lexer
		// re-examines every '$' inside the body, so no occurrence can be swallowed by a
		// longer non-matching tag.
		int delimiterLength = tagEnd + 1 - start;
		int close = text.indexOf(text.substring(start, tagEnd + 1), tagEnd + 1);
		if (close < 0) {
			multiLineToken(Kind.DOLLAR_STRING, length, true);
		}
		else {
			multiLineToken(Kind.DOLLAR_STRING, close + delimiterLength, false);
		}
	}

	/**
	 * The index of the closing '$' of a dollar-quote delimiter starting at
	 * {@link #start}, or -1 when there is none.
	 */
	private int dollarQuoteTagEnd() {
		int i = start + 1;
		if (i < length && text.charAt(i) == '$') {
			return i;
		}
		if (i >= length || !isIdentifierStart(text.charAt(i))) {
			return -1;
		}
		while (i < length && (isIdentifierStart(text.charAt(i)) || isDigit(text.charAt(i)))) {
			i++;
		}
		return i < length && text.charAt(i) == '$' ? i : -1;
	}

	private void word(char c) {
		int i = start + 1;
		// Identifiers may contain '$' after the first character, which is why a$$ is
		// not a dollar quote.
		while (i < length && isIdentifierPart(text.charAt(i))) {
			i++;
		}
		if (i == start + 1 && i < length) {
			char next = text.charAt(i);
			if (next == '\'') {
				if (c == 'E' || c == 'e') {
					quoted(i, Kind.STRING, '\'', true);
					return;
				}
				if (c == 'B' || c == 'b' || c == 'X' || c == 'x' || c == 'N' || c == 'n') {
					quoted(i, Kind.STRING, '\'', false);
					return;
				}
			}
			else if (next == '&' && (c == 'U' || c == 'u') && i + 1 < length) {
				char quote = text.charAt(i + 1);
				if (quote == '\'') {
					quoted(i + 1, Kind.STRING, '\'', false);
					return;
				}
				if (quote == '"') {
					quoted(i + 1, Kind.QUOTED_IDENTIFIER, '"', false);
					return;
				}
			}
		}
		token(Kind.WORD, i);
	}

	private void number() {
		int i = start + 1;
		// 42, 1.5, 0x1F, 1_000, and an exponent with its sign (1e-5) when digits follow.
		while (i < length) {
			char c = text.charAt(i);
			if (isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.') {
				i++;
			}
			else if ((c == '+' || c == '-') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
					&& i + 1 < length && isDigit(text.charAt(i + 1))) {
				i++;
			}
			else {
				break;
			}
		}
		token(Kind.NUMBER, i);
	}

	/**
	 * A run of operator characters such as {@code >=}, {@code <>}, {@code ->>}; a
	 * {@code --} or {@code /*} inside it starts a comment instead.
	 */
	private void operator() {
		int i = start + 1;
		while (i < length && isOperatorCharacter(text.charAt(i)) && !text.startsWith("--", i)
				&& !text.startsWith("/*", i)) {
			i++;
		}
		token(Kind.SYMBOL, i);
	}

	private void token(Kind tokenKind, int tokenEnd) {
		kind = tokenKind;
		end = tokenEnd;
	}

	private void multiLineToken(Kind tokenKind, int tokenEnd, boolean open) {
		kind = tokenKind;
		end = Math.min(tokenEnd, length);
		unterminated = open;
		tokenLineBreaks = countLineBreaks(text, start, end);
	}

	private char peek(int offset) {
		int i = start + offset;
		return i < length ? text.charAt(i) : '\0';
	}

	/**
	 * Characters of operator names: {@code +-*}{@code /<>=~!@#%^&|`} ({@code ?} is a JDBC
	 * parameter here, never part of an operator).
	 */
	private static boolean isOperatorCharacter(char c) {
		return switch (c) {
			case '+', '-', '*', '/', '<', '>', '=', '~', '!', '@', '#', '%', '^', '&', '|', '`' -> true;
			default -> false;
		};
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** Line breaks in {@code text[from, to)}: LF, CRLF and lone CR count once each. */
	static int countLineBreaks(String text, int from, int to) {
		int breaks = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				breaks++;
			}
		}
		return breaks;
	}

}

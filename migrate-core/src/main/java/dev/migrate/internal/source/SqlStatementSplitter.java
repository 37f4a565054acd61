package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.SqlScriptException.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits a PostgreSQL script into statements the way the server's lexer and psql see it,
 * so that a semicolon only ends a statement when it is really at the top level.
 *
 * <p>
 * Understood, with semicolons inside each of them left alone:
 * <ul>
 * <li>strings {@code '...'} with doubled quotes, and the prefixed forms {@code E'...'}
 * (backslash escapes, so {@code E'\''} is one quote), {@code B'...'}, {@code X'...'},
 * {@code N'...'}, {@code U&'...'}; plain strings treat backslash literally, as PostgreSQL
 * does with its default {@code standard_conforming_strings = on};</li>
 * <li>quoted identifiers {@code "..."} and {@code U&"..."} with doubled quotes;</li>
 * <li>dollar quoting {@code $$...$$} and {@code $tag$...$tag$}, where a tag follows the
 * identifier rules (letters, digits, underscores, not starting with a digit) and is
 * case-sensitive; {@code $1} is a positional parameter and {@code a$$} is an identifier,
 * not a quote;</li>
 * <li>line comments {@code --} and nested block comments
 * {@code /* /* *}{@code / *}{@code /};</li>
 * <li>parentheses, so {@code CREATE RULE ... DO (a; b)} stays one statement;</li>
 * <li>SQL-standard routine bodies
 * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC
 *       ... END}, using psql's rule with one refinement: inside such a statement, outside
 * parentheses, {@code BEGIN ATOMIC} opens the body, {@code CASE} opens a block when
 * already inside it, and {@code END} closes one. psql counts a lone {@code BEGIN} too,
 * which misreads a parameter named {@code begin} in a {@code RETURN} expression; bodies
 * cannot nest, so requiring {@code ATOMIC} loses nothing.</li>
 * </ul>
 *
 * <p>
 * A last statement without a semicolon is kept; empty statements and statements made only
 * of comments are dropped. psql meta-commands (any backslash outside quotes and comments,
 * e.g. {@code \connect}, {@code \i}, {@code \.}) and
 * {@code COPY ... FROM STDIN / TO STDOUT} are rejected: they are client features that the
 * server does not understand.
 */
public final class SqlStatementSplitter {

	/**
	 * psql tracks the first four words of a statement to recognise
	 * {@code CREATE [OR REPLACE] FUNCTION}.
	 */
	private static final int TRACKED_WORDS = 4;

	private final String text;

	private final String file;

	private final List<SqlStatement> statements = new ArrayList<>();

	private int pos;

	private int line;

	// The statement being collected: from the start of its first token to the end of its
	// last one.
	private int statementStart = -1;

	private int statementStartLine;

	private int statementEnd;

	private int parenDepth;

	private int beginDepth;

	private int wordCount;

	private final char[] leadingWords = new char[TRACKED_WORDS];

	private String previousWord;

	private boolean wordScanned;

	private boolean startsWithCopy;

	private boolean clientSideCopy;

	private SqlStatementSplitter(String text, String file, int firstLine) {
		this.text = Objects.requireNonNull(text, "text");
		this.file = Objects.requireNonNull(file, "file");
		if (firstLine < 1) {
			throw new IllegalArgumentException("firstLine must be 1 or more, was " + firstLine);
		}
		this.line = firstLine;
	}

	/**
	 * Splits {@code text} into statements.
	 * @param text the script
	 * @param file the file name used in locations and errors
	 * @param firstLine the line number of the first line of {@code text} within
	 * {@code file} (1 for a whole file)
	 * @return the statements in script order
	 * @throws SqlScriptException when something is never closed or the script uses psql
	 * features
	 */
	public static List<SqlStatement> split(String text, String file, int firstLine) {
		SqlStatementSplitter splitter = new SqlStatementSplitter(text, file, firstLine);
		splitter.run();
		return List.copyOf(splitter.statements);
	}

	private void run() {
		int length = text.length();
		while (pos < length) {
			char c = text.charAt(pos);
			if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
				advanceTo(pos + 1);
			}
			else if (c == '-' && peek(1) == '-') {
				skipLineComment();
			}
			else if (c == '/' && peek(1) == '*') {
				skipBlockComment();
			}
			else if (c == ';' && parenDepth == 0 && beginDepth == 0) {
				finishStatement();
				pos++;
			}
			else {
				int tokenStart = pos;
				int tokenLine = line;
				wordScanned = false;
				scanToken(c);
				if (!wordScanned) {
					// Not a word: "BEGIN ATOMIC" and "FROM STDIN" only count as adjacent
					// words.
					previousWord = null;
				}
				if (statementStart < 0) {
					statementStart = tokenStart;
					statementStartLine = tokenLine;
				}
				statementEnd = pos;
			}
		}
		finishStatement();
	}

	private void scanToken(char c) {
		if (c == '\'') {
			scanString(false);
		}
		else if (c == '"') {
			scanQuotedIdentifier();
		}
		else if (c == '$') {
			scanDollar();
		}
		else if (c == '\\') {
			throw psqlMetaCommand();
		}
		else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
			// Longest match, as in the server's lexer: E' starts an escape string, but in
			// xE' the
			// identifier xE wins and the quote starts a plain string.
			pos++;
			scanString(true);
		}
		else if (isIdentifierStart(c)) {
			scanWord();
		}
		else if (isDigit(c)) {
			scanNumber();
		}
		else {
			if (c == '(') {
				parenDepth++;
			}
			else if (c == ')' && parenDepth > 0) {
				parenDepth--;
			}
			pos++;
		}
	}

	private void scanString(boolean backslashEscapes) {
		int openLine = line;
		int i = pos + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == '\'') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
					i += 2;
				}
				else {
					advanceTo(i + 1);
					return;
				}
			}
			else {
				i++;
			}
		}
		throw new SqlScriptException(Problem.UNTERMINATED_STRING, new SourceLocation(file, openLine),
				"string literal is never closed; add the closing ' (a quote inside a string is written '')");
	}

	private void scanQuotedIdentifier() {
		int openLine = line;
		int i = pos + 1;
		while (i < text.length()) {
			if (text.charAt(i) == '"') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
					i += 2;
				}
				else {
					advanceTo(i + 1);
					return;
				}
			}
			else {
				i++;
			}
		}
		throw new SqlScriptException(Problem.UNTERMINATED_QUOTED_IDENTIFIER, new SourceLocation(file, openLine),
				"quoted identifier is never closed; add the closing \" (a quote inside an identifier is written \"\")");
	}

	private void scanDollar() {
		if (isDigit(peek(1))) {
			// $1, $2: a positional parameter, never a dollar quote.
			int i = pos + 1;
			while (i < text.length() && isDigit(text.charAt(i))) {
				i++;
			}
			pos = i;
			return;
		}
		int tagEnd = dollarQuoteTagEnd();
		if (tagEnd < 0) {
			// A lone $ is its own (invalid) token for the server; nothing to track.
			pos++;
			return;
		}
		String delimiter = text.substring(pos, tagEnd + 1);
		int openLine = line;
		// The first occurrence of the delimiter closes the quote: the server's lexer
		// re-examines every
		// '$' inside the body, so no occurrence can be swallowed by a longer non-matching
		// tag.
		int close = text.indexOf(delimiter, tagEnd + 1);
		if (close < 0) {
			throw new SqlScriptException(Problem.UNTERMINATED_DOLLAR_QUOTE, new SourceLocation(file, openLine),
					"dollar-quoted string " + delimiter + " is never closed; add the closing " + delimiter
							+ " (tags are case-sensitive)");
		}
		advanceTo(close + delimiter.length());
	}

	/**
	 * The index of the closing '$' of a dollar-quote delimiter starting at pos, or -1
	 * when there is none.
	 */
	private int dollarQuoteTagEnd() {
		int i = pos + 1;
		if (i < text.length() && text.charAt(i) == '$') {
			return i;
		}
		if (i >= text.length() || !isIdentifierStart(text.charAt(i))) {
			return -1;
		}
		while (i < text.length() && (isIdentifierStart(text.charAt(i)) || isDigit(text.charAt(i)))) {
			i++;
		}
		return i < text.length() && text.charAt(i) == '$' ? i : -1;
	}

	private void scanWord() {
		int start = pos;
		int i = pos + 1;
		// Identifiers may contain '$' after the first character, which is why a$$ is not
		// a dollar quote.
		while (i < text.length() && isIdentifierPart(text.charAt(i))) {
			i++;
		}
		pos = i;
		wordScanned = true;
		if (wordCount < TRACKED_WORDS || startsWithCopy || isRoutineDefinition()) {
			onWord(text.substring(start, i).toLowerCase(Locale.ROOT));
		}
		else {
			// No later word can matter: whether the statement is a routine definition or
			// a COPY is
			// decided by its first words. Skipping the lower-cased copy of every other
			// word is most
			// of what loading hundreds of revision files costs on a cold start.
			wordCount++;
			previousWord = null;
		}
	}

	private void scanNumber() {
		int i = pos + 1;
		// Covers 42, 1.5, 1e-5's "1e", 0x1F and 1_000; what follows (sign, operator) is
		// scanned on its own.
		while (i < text.length() && (isDigit(text.charAt(i)) || isAsciiLetter(text.charAt(i)) || text.charAt(i) == '_'
				|| text.charAt(i) == '.')) {
			i++;
		}
		pos = i;
	}

	/**
	 * Tracks the few words that decide whether a semicolon ends the statement (psql's
	 * heuristic).
	 */
	private void onWord(String word) {
		if (wordCount == 0) {
			startsWithCopy = word.equals("copy");
		}
		if (wordCount < TRACKED_WORDS && (word.equals("create") || word.equals("or") || word.equals("replace")
				|| word.equals("function") || word.equals("procedure"))) {
			leadingWords[wordCount] = word.charAt(0);
		}
		wordCount++;
		if (isRoutineDefinition() && parenDepth == 0) {
			if (word.equals("atomic") && "begin".equals(previousWord) && beginDepth == 0) {
				beginDepth = 1;
			}
			else if (word.equals("case") && beginDepth > 0) {
				// CASE ... END inside BEGIN ATOMIC must not close the body.
				beginDepth++;
			}
			else if (word.equals("end") && beginDepth > 0) {
				beginDepth--;
			}
		}
		if (startsWithCopy && parenDepth == 0 && previousWord != null
				&& ((previousWord.equals("from") && (word.equals("stdin") || word.equals("pstdin")))
						|| (previousWord.equals("to") && (word.equals("stdout") || word.equals("pstdout"))))) {
			clientSideCopy = true;
		}
		previousWord = word;
	}

	/**
	 * CREATE FUNCTION, CREATE PROCEDURE, CREATE OR REPLACE FUNCTION, CREATE OR REPLACE
	 * PROCEDURE.
	 */
	private boolean isRoutineDefinition() {
		char[] w = leadingWords;
		return w[0] == 'c'
				&& (w[1] == 'f' || w[1] == 'p' || (w[1] == 'o' && w[2] == 'r' && (w[3] == 'f' || w[3] == 'p')));
	}

	private void skipLineComment() {
		int i = pos + 2;
		while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
			i++;
		}
		pos = i;
	}

	private void skipBlockComment() {
		int openLine = line;
		int depth = 1;
		int i = pos + 2;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				depth++;
				i += 2;
			}
			else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				i += 2;
				if (--depth == 0) {
					advanceTo(i);
					return;
				}
			}
			else {
				i++;
			}
		}
		throw new SqlScriptException(Problem.UNTERMINATED_BLOCK_COMMENT, new SourceLocation(file, openLine),
				"block comment is never closed; add the closing */ (block comments nest, so every /* needs its own */)");
	}

	private void finishStatement() {
		if (statementStart >= 0) {
			SourceLocation location = new SourceLocation(file, statementStartLine);
			if (clientSideCopy) {
				throw new SqlScriptException(Problem.CLIENT_SIDE_COPY, location,
						"COPY ... FROM STDIN / TO STDOUT streams rows through psql and cannot run as a statement;"
								+ " use INSERT statements, COPY from a file on the database server, or a Java"
								+ " revision that uses the PostgreSQL driver's CopyManager");
			}
			statements.add(new SqlStatement(text.substring(statementStart, statementEnd), location));
		}
		statementStart = -1;
		parenDepth = 0;
		beginDepth = 0;
		wordCount = 0;
		Arrays.fill(leadingWords, '\0');
		previousWord = null;
		startsWithCopy = false;
		clientSideCopy = false;
	}

	private SqlScriptException psqlMetaCommand() {
		int end = pos + 1;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		String command = text.substring(pos, end);
		return new SqlScriptException(Problem.PSQL_META_COMMAND, new SourceLocation(file, line),
				"psql meta-command " + command + " is not SQL: statements are sent to the server directly,"
						+ " without psql; remove it or write the equivalent SQL (for example SET instead of \\set,"
						+ " a separate revision instead of \\i)");
	}

	/**
	 * Moves to {@code newPos}, counting line breaks (LF, CRLF and lone CR) on the way.
	 */
	private void advanceTo(int newPos) {
		for (int i = pos; i < newPos; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
			}
		}
		pos = newPos;
	}

	private char peek(int offset) {
		int i = pos + offset;
		return i < text.length() ? text.charAt(i) : '\0';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/**
	 * PostgreSQL's ident_start: ASCII letters, underscore and every non-ASCII character.
	 */
	private static boolean isIdentifierStart(char c) {
		return isAsciiLetter(c) || c == '_' || c >= 0x80;
	}

	/** PostgreSQL's ident_cont: ident_start plus digits and '$'. */
	private static boolean isIdentifierPart(char c) {
		return isIdentifierStart(c) || isDigit(c) || c == '$';
	}

}

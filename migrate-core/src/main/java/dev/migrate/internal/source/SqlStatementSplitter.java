package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.SqlScriptException.Problem;
import dev.migrate.internal.sql.PostgresLexer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Splits a PostgreSQL script into statements the way the server's lexer and psql see it,
 * so that a semicolon only ends a statement when it is really at the top level. Tokens
 * come from the one {@link PostgresLexer}, which the dialect and lint read SQL with too.
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

	private final int firstLine;

	private final PostgresLexer lexer;

	private final Consumer<SqlStatement> sink;

	/**
	 * Whether {@link #text} may end in the middle of a statement (a block of a file read
	 * piece by piece): the statement after the last top-level semicolon is then left for
	 * the next block instead of being finished or reported as unterminated.
	 */
	private final boolean partial;

	/** Where the text after the last finished statement starts, and on which line. */
	private int consumed;

	private int consumedLines;

	// The statement being collected: from the start of its first token to the end of its
	// last one.
	private int statementStart = -1;

	private int statementStartLine;

	private int statementEnd;

	private int parenDepth;

	private int beginDepth;

	private int wordCount;

	private final char[] leadingWords = new char[TRACKED_WORDS];

	private @Nullable String previousWord;

	private boolean startsWithCopy;

	private boolean clientSideCopy;

	private SqlStatementSplitter(String text, String file, int firstLine, boolean partial,
			Consumer<SqlStatement> sink) {
		this.partial = partial;
		this.sink = sink;
		this.text = Objects.requireNonNull(text, "text");
		this.file = Objects.requireNonNull(file, "file");
		if (firstLine < 1) {
			throw new IllegalArgumentException("firstLine must be 1 or more, was " + firstLine);
		}
		this.firstLine = firstLine;
		this.lexer = new PostgresLexer(text);
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
		List<SqlStatement> statements = new ArrayList<>();
		new SqlStatementSplitter(text, file, firstLine, false, statements::add).run();
		return List.copyOf(statements);
	}

	/**
	 * Splits {@code text} up to its last top-level semicolon, handing each statement to
	 * {@code sink} as it is found; what follows it is left for a later call with more
	 * text. Statements are finished only at a semicolon the lexer reached outside every
	 * string, comment and parenthesis, which more text cannot change, so splitting a
	 * script block by block gives exactly the statements {@link #split} gives.
	 * @return where the unsplit rest starts: {@code [offset, line breaks before it]}
	 * @throws SqlScriptException for a psql feature before that point
	 */
	static int[] splitComplete(String text, String file, int firstLine, Consumer<SqlStatement> sink) {
		SqlStatementSplitter splitter = new SqlStatementSplitter(text, file, firstLine, true, sink);
		splitter.run();
		return new int[] { splitter.consumed, splitter.consumedLines };
	}

	/**
	 * Like {@link #split}, handing each statement to {@code sink} instead of collecting
	 * them.
	 */
	static void split(String text, String file, int firstLine, Consumer<SqlStatement> sink) {
		new SqlStatementSplitter(text, file, firstLine, false, sink).run();
	}

	private void run() {
		while (lexer.next()) {
			PostgresLexer.Kind kind = lexer.kind();
			if (kind == PostgresLexer.Kind.WHITESPACE || kind == PostgresLexer.Kind.LINE_COMMENT) {
				continue;
			}
			if (lexer.unterminated()) {
				if (partial) {
					return; // the rest of the token is in the next block
				}
				throw unterminated(kind);
			}
			if (kind == PostgresLexer.Kind.BLOCK_COMMENT) {
				continue;
			}
			if (kind == PostgresLexer.Kind.SYMBOL && lexer.first() == ';' && parenDepth == 0 && beginDepth == 0) {
				finishStatement();
				consumed = lexer.end();
				consumedLines = lexer.line();
				continue;
			}
			if (kind == PostgresLexer.Kind.WORD) {
				onWord();
			}
			else {
				// Not a word: "BEGIN ATOMIC" and "FROM STDIN" only count as adjacent
				// words.
				previousWord = null;
				if (kind == PostgresLexer.Kind.SYMBOL) {
					onSymbol(lexer.first());
				}
			}
			if (statementStart < 0) {
				statementStart = lexer.start();
				statementStartLine = firstLine + lexer.line();
			}
			statementEnd = lexer.end();
		}
		if (!partial) {
			finishStatement();
		}
	}

	private void onSymbol(char c) {
		if (c == '(') {
			parenDepth++;
		}
		else if (c == ')' && parenDepth > 0) {
			parenDepth--;
		}
		else if (c == '\\') {
			throw psqlMetaCommand();
		}
	}

	private void onWord() {
		if (wordCount < TRACKED_WORDS || startsWithCopy || isRoutineDefinition()) {
			onWord(lexer.token().toLowerCase(Locale.ROOT));
		}
		else {
			// No later word can matter: whether the statement is a routine definition or
			// a COPY is decided by its first words. Skipping the lower-cased copy of
			// every
			// other word is most of what loading hundreds of revision files costs on a
			// cold
			// start.
			wordCount++;
			previousWord = null;
		}
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

	private void finishStatement() {
		if (statementStart >= 0) {
			SourceLocation location = new SourceLocation(file, statementStartLine);
			if (clientSideCopy) {
				throw new SqlScriptException(Problem.CLIENT_SIDE_COPY, location,
						"COPY ... FROM STDIN / TO STDOUT streams rows through psql and cannot run as a statement;"
								+ " use INSERT statements, COPY from a file on the database server, or a Java"
								+ " revision that uses the PostgreSQL driver's CopyManager");
			}
			sink.accept(new SqlStatement(text.substring(statementStart, statementEnd), location));
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
		int start = lexer.start();
		int end = start + 1;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		String command = text.substring(start, end);
		return new SqlScriptException(Problem.PSQL_META_COMMAND, new SourceLocation(file, firstLine + lexer.line()),
				"psql meta-command " + command + " is not SQL: statements are sent to the server directly,"
						+ " without psql; remove it or write the equivalent SQL (for example SET instead of \\set,"
						+ " a separate revision instead of \\i)");
	}

	private SqlScriptException unterminated(PostgresLexer.Kind kind) {
		SourceLocation location = new SourceLocation(file, firstLine + lexer.line());
		return switch (kind) {
			case BLOCK_COMMENT -> new SqlScriptException(Problem.UNTERMINATED_BLOCK_COMMENT, location,
					"block comment is never closed; add the closing */ (block comments nest, so every /* needs its own */)");
			case QUOTED_IDENTIFIER -> new SqlScriptException(Problem.UNTERMINATED_QUOTED_IDENTIFIER, location,
					"quoted identifier is never closed; add the closing \" (a quote inside an identifier is written \"\")");
			case DOLLAR_STRING -> {
				String delimiter = text.substring(lexer.start(), text.indexOf('$', lexer.start() + 1) + 1);
				yield new SqlScriptException(Problem.UNTERMINATED_DOLLAR_QUOTE, location, "dollar-quoted string "
						+ delimiter + " is never closed; add the closing " + delimiter + " (tags are case-sensitive)");
			}
			default -> new SqlScriptException(Problem.UNTERMINATED_STRING, location,
					"string literal is never closed; add the closing ' (a quote inside a string is written '')");
		};
	}

}

package dev.migrate.internal.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a top-level transaction-control statement ({@code BEGIN},
 * {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK},
 * {@code ABORT}, {@code SAVEPOINT}, {@code RELEASE}, {@code PREPARE TRANSACTION}) among
 * the statements the {@link SqlStatementSplitter} produced. The splitter has already kept
 * {@code DO} blocks and function bodies whole, so a {@code COMMIT} inside one is part of
 * a longer statement and is not matched; only the statement's first words are read.
 *
 * <p>
 * Why it matters: a transactional revision runs inside migrate's transaction, together
 * with its version and history rows. A {@code COMMIT} in it makes part of the revision
 * permanent while migrate reports a rollback; a {@code ROLLBACK} silently discards work
 * that is then recorded as applied.
 */
public final class TransactionControl {

	private static final List<String> SINGLE_WORDS = List.of("begin", "commit", "end", "rollback", "abort", "savepoint",
			"release");

	private TransactionControl() {
	}

	/**
	 * The transaction-control command {@code sql} starts with (upper case, e.g.
	 * {@code COMMIT} or {@code START TRANSACTION}), or empty when it is another
	 * statement. Leading whitespace and comments are skipped.
	 */
	public static Optional<String> command(String sql) {
		int start = skipComments(sql, 0);
		String first = word(sql, start);
		if (first.isEmpty()) {
			return Optional.empty();
		}
		String lower = first.toLowerCase(Locale.ROOT);
		if (SINGLE_WORDS.contains(lower)) {
			return Optional.of(first.toUpperCase(Locale.ROOT));
		}
		String second = word(sql, skipComments(sql, start + first.length())).toLowerCase(Locale.ROOT);
		if ((lower.equals("start") || lower.equals("prepare")) && second.equals("transaction")) {
			return Optional.of(lower.toUpperCase(Locale.ROOT) + " TRANSACTION");
		}
		return Optional.empty();
	}

	/**
	 * The first statement of {@code statements} that controls the transaction, or empty.
	 */
	public static Optional<SqlStatement> first(List<SqlStatement> statements) {
		return statements.stream().filter(statement -> command(statement.sql()).isPresent()).findFirst();
	}

	/**
	 * The error for a transactional revision holding {@code statement}: where it is and
	 * what to do instead.
	 */
	public static SqlScriptException refused(String revision, SqlStatement statement) {
		String command = command(statement.sql()).orElseThrow();
		return new SqlScriptException(SqlScriptException.Problem.TRANSACTION_CONTROL, statement.location(),
				"Revision " + revision + " is transactional but its statement at " + statement.location()
						+ " is a top-level " + command + ". migrate runs a transactional revision in its own "
						+ "transaction together with its version and history rows, so " + command
						+ " would commit or discard part of it behind migrate's back. Nothing was run. Remove the "
						+ command + " (each revision is already one transaction), or split the revision in two, or"
						+ " declare it '-- transactional: false' when it must commit in steps.");
	}

	private static int skipComments(String sql, int from) {
		int i = from;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (sql.startsWith("--", i)) {
				int end = sql.indexOf('\n', i);
				i = end < 0 ? sql.length() : end + 1;
			}
			else if (sql.startsWith("/*", i)) {
				int depth = 0;
				do {
					if (sql.startsWith("/*", i)) {
						depth++;
						i += 2;
					}
					else if (sql.startsWith("*/", i)) {
						depth--;
						i += 2;
					}
					else {
						i++;
					}
				}
				while (depth > 0 && i < sql.length());
			}
			else {
				break;
			}
		}
		return i;
	}

	private static String word(String sql, int from) {
		int end = from;
		while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
			end++;
		}
		boolean wholeWord = end >= sql.length()
				|| !(Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$');
		return wholeWord ? sql.substring(from, end) : "";
	}

}

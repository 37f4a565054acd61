package dev.migrate.internal.lint.sql;

import dev.migrate.internal.sql.PostgresLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one PostgreSQL statement into {@link SqlToken}s for the lint rules, reading it
 * with the same {@link PostgresLexer} that splits revision files into statements, so a
 * {@code ;} or a key word inside a string is never mistaken for syntax here either.
 * Comments and whitespace are not tokens; line comments are kept aside (for
 * {@code migrate:lint-ignore}).
 *
 * <p>
 * Unterminated strings or comments do not throw: the rest of the input becomes one token,
 * because the linter must still report what it can about a statement PostgreSQL would
 * reject anyway.
 */
public final class SqlTokenizer {

	private SqlTokenizer() {
	}

	/** Tokenizes {@code sql}, which may hold one statement or several. */
	public static TokenizedSql tokenize(String sql) {
		List<SqlToken> tokens = new ArrayList<>();
		List<SqlComment> comments = new ArrayList<>();
		PostgresLexer lexer = new PostgresLexer(sql);
		boolean spaceBefore = false;
		while (lexer.next()) {
			switch (lexer.kind()) {
				case WHITESPACE, BLOCK_COMMENT -> spaceBefore = true;
				case LINE_COMMENT -> {
					comments.add(new SqlComment(sql.substring(lexer.start() + 2, lexer.end()).trim(), lexer.line()));
					spaceBefore = true;
				}
				default -> {
					tokens.add(new SqlToken(type(lexer.kind()), text(sql, lexer), lexer.line(), spaceBefore));
					spaceBefore = false;
				}
			}
		}
		return new TokenizedSql(tokens, comments);
	}

	private static SqlToken.Type type(PostgresLexer.Kind kind) {
		return switch (kind) {
			case STRING, DOLLAR_STRING -> SqlToken.Type.STRING;
			case QUOTED_IDENTIFIER -> SqlToken.Type.QUOTED_IDENTIFIER;
			case WORD -> SqlToken.Type.WORD;
			case NUMBER -> SqlToken.Type.NUMBER;
			case PARAMETER -> SqlToken.Type.PARAMETER;
			default -> SqlToken.Type.SYMBOL;
		};
	}

	/**
	 * The token as written, except quoted identifiers: their name, without quotes (and
	 * without a {@code U&} prefix), doubled quotes undone.
	 */
	private static String text(String sql, PostgresLexer lexer) {
		if (lexer.kind() != PostgresLexer.Kind.QUOTED_IDENTIFIER) {
			return lexer.token();
		}
		int open = sql.indexOf('"', lexer.start());
		int close = lexer.unterminated() ? lexer.end() : lexer.end() - 1;
		return sql.substring(open + 1, Math.max(open + 1, close)).replace("\"\"", "\"");
	}

}

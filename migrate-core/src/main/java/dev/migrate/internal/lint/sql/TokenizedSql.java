package dev.migrate.internal.lint.sql;

import java.util.List;

/**
 * A statement split into tokens, with its line comments on the side.
 *
 * @param tokens the tokens in order; never contains comments or whitespace
 * @param comments the {@code --} comments in order
 */
public record TokenizedSql(List<SqlToken> tokens, List<SqlComment> comments) {

	public TokenizedSql {
		tokens = List.copyOf(tokens);
		comments = List.copyOf(comments);
	}
}

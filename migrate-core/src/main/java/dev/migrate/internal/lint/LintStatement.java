package dev.migrate.internal.lint;

import dev.migrate.internal.lint.sql.DdlParser;
import dev.migrate.internal.lint.sql.DdlStatement;
import dev.migrate.internal.lint.sql.SqlComment;
import dev.migrate.internal.lint.sql.SqlToken;
import dev.migrate.internal.lint.sql.SqlTokenizer;
import dev.migrate.internal.lint.sql.TokenizedSql;
import dev.migrate.result.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a revision as the rules see it: its text, where it was written, its
 * tokens, what the recognizer made of it, and the suppression comments written inside or
 * directly above it.
 *
 * @param sql the statement as it will run
 * @param location file and line of its first token (SQL revisions) or of the operation
 * call (Java)
 * @param tokens the statement's tokens, comments removed
 * @param ddl what the recognizer understood
 * @param ignores suppression comments found in the statement text
 */
public record LintStatement(String sql, SourceLocation location, List<SqlToken> tokens, DdlStatement ddl,
		List<LintIgnoreDirective> ignores) {

	public LintStatement {
		Objects.requireNonNull(sql, "sql");
		Objects.requireNonNull(location, "location");
		tokens = List.copyOf(tokens);
		Objects.requireNonNull(ddl, "ddl");
		ignores = List.copyOf(ignores);
	}

	/**
	 * Tokenizes and recognizes {@code sql}. When {@code sql} starts with comments,
	 * {@code location} may point at the first comment line or at the first token; both
	 * are handled because suppression comments are located relative to the first token.
	 */
	public static LintStatement of(String sql, SourceLocation location) {
		TokenizedSql tokenized = SqlTokenizer.tokenize(sql);
		List<LintIgnoreDirective> ignores = new ArrayList<>();
		for (SqlComment comment : tokenized.comments()) {
			LintIgnoreDirective.parse(comment.text(), shift(location, comment.line())).ifPresent(ignores::add);
		}
		return new LintStatement(sql, location, tokenized.tokens(), DdlParser.parse(tokenized.tokens()), ignores);
	}

	/**
	 * A copy carrying additional suppressions, e.g. comments found above the statement in
	 * its file.
	 */
	public LintStatement withIgnores(List<LintIgnoreDirective> more) {
		List<LintIgnoreDirective> all = new ArrayList<>(ignores);
		all.addAll(more);
		return new LintStatement(sql, location, tokens, ddl, all);
	}

	/**
	 * The statement on one line with whitespace collapsed and comments dropped, cut at
	 * {@value #SUMMARY_LIMIT} characters so a long function body does not flood a report.
	 */
	public String summary() {
		String text = SqlToken.join(tokens);
		if (text.length() > SUMMARY_LIMIT) {
			return text.substring(0, SUMMARY_LIMIT - 3) + "...";
		}
		return text;
	}

	/** Longest statement text a report shows. */
	public static final int SUMMARY_LIMIT = 240;

	private static SourceLocation shift(SourceLocation location, int lines) {
		return location.line() > 0 ? new SourceLocation(location.file(), location.line() + lines) : location;
	}
}

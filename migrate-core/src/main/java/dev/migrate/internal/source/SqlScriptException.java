package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import java.util.Objects;

/**
 * A SQL script that cannot be split into statements: something opened and never closed,
 * or a psql client feature that is not SQL. The location is where the offending construct
 * starts.
 */
public final class SqlScriptException extends RevisionSourceException {

	private static final long serialVersionUID = 1L;

	/** What is wrong with the script. */
	public enum Problem {

		/**
		 * A {@code '...'} (or {@code E'...'}, {@code B'...'}, {@code X'...'},
		 * {@code U&'...'}) string is never closed.
		 */
		UNTERMINATED_STRING,
		/** A {@code "..."} identifier is never closed. */
		UNTERMINATED_QUOTED_IDENTIFIER,
		/** A {@code $tag$} dollar-quoted string has no closing {@code $tag$}. */
		UNTERMINATED_DOLLAR_QUOTE,
		/** A {@code /* ... *}{@code /} comment (possibly nested) is never closed. */
		UNTERMINATED_BLOCK_COMMENT,
		/** A psql meta-command such as {@code \connect} or {@code \i}. */
		PSQL_META_COMMAND,
		/**
		 * {@code COPY ... FROM STDIN} or {@code TO STDOUT}, which streams rows through
		 * the client.
		 */
		CLIENT_SIDE_COPY,
		/**
		 * {@code BEGIN}, {@code COMMIT}, {@code ROLLBACK}, {@code SAVEPOINT} and the like
		 * at the top level of a transactional revision, which runs in migrate's own
		 * transaction.
		 */
		TRANSACTION_CONTROL

	}

	private final Problem problem;

	public SqlScriptException(Problem problem, SourceLocation location, String message) {
		super(location, message);
		this.problem = Objects.requireNonNull(problem, "problem");
	}

	public Problem problem() {
		return problem;
	}

}

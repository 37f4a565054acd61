package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import java.util.Objects;

/**
 * One statement of a SQL script, ready to send to the server on its own.
 *
 * @param sql the statement text from its first token to its last, without the terminating
 * semicolon; comments between tokens are kept verbatim
 * @param location the file and the line of the statement's first token (leading comments
 * skipped)
 */
public record SqlStatement(String sql, SourceLocation location) {

	public SqlStatement {
		Objects.requireNonNull(sql, "sql");
		Objects.requireNonNull(location, "location");
	}

	@Override
	public String toString() {
		return location + ": " + sql;
	}
}

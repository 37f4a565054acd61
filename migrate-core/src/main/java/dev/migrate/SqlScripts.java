package dev.migrate;

import dev.migrate.internal.source.SqlStatement;
import dev.migrate.internal.source.SqlStatementSplitter;
import java.util.List;

/**
 * Splits a PostgreSQL script into statements with the same lexer that reads SQL revisions
 * (dollar quoting, {@code E''} strings, nested comments, {@code DO} blocks), so tools
 * that run scripts over JDBC (the test kit's offline check and data fixtures) split
 * exactly as revisions are split.
 */
public final class SqlScripts {

	private SqlScripts() {
	}

	/**
	 * The statements of {@code script}, in order, without their terminating semicolons.
	 * @param script the script text
	 * @param name the script's name, used in error messages
	 * @return the statements
	 * @throws MigrateException when a quote or comment is never closed, or the script
	 * uses psql meta-commands
	 */
	public static List<String> split(String script, String name) {
		return SqlStatementSplitter.split(script, name, 1).stream().map(SqlStatement::sql).toList();
	}

}

package dev.migrate.internal.execution;

import java.util.List;

/**
 * Operations rendered as a script: each statement terminated by {@code ;}, statements
 * separated by a blank line, parameters inlined as literals.
 *
 * @param text the script, ending with a newline (empty when there are no statements)
 * @param statements the statements without terminators, in order
 * @param checksum SHA-256 hex of {@code text} in UTF-8
 */
public record SqlScript(String text, List<String> statements, String checksum) {

	public SqlScript {
		statements = List.copyOf(statements);
	}
}

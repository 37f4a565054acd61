package dev.migrate.internal.source;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One section of a SQL revision file, split into statements the first time they are asked
 * for. An application start that finds every revision applied never splits a single file;
 * a command that is about to run revisions splits all of them first (see
 * {@link SqlMigration#splitStatements}), so a script error is still reported before
 * anything runs.
 */
final class SqlSection {

	private final String text;

	private final String file;

	private final int firstLine;

	private volatile @Nullable List<SqlStatement> statements;

	SqlSection(String text, String file, int firstLine) {
		this.text = Objects.requireNonNull(text, "text");
		this.file = Objects.requireNonNull(file, "file");
		this.firstLine = firstLine;
	}

	/** The section as written, comments included. */
	String text() {
		return text;
	}

	/** The line of the file the section's text starts on. */
	int firstLine() {
		return firstLine;
	}

	/**
	 * @throws SqlScriptException when the section cannot be split (every time it is
	 * asked)
	 */
	List<SqlStatement> statements() {
		List<SqlStatement> split = statements;
		if (split == null) {
			// Splitting twice on a race gives the same list; no lock needed.
			split = SqlStatementSplitter.split(text, file, firstLine);
			statements = split;
		}
		return split;
	}

}

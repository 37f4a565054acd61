package dev.migrate.internal.source;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One section of a SQL revision file held in memory, split into statements the first time
 * they are asked for. An application start that finds every revision applied never splits
 * a single file; a command that is about to run revisions splits all of them first (see
 * {@link SqlMigration#splitStatements}), so a script error is still reported before
 * anything runs.
 */
final class TextSection implements SqlSection {

	private final String text;

	private final String file;

	private final int firstLine;

	private volatile List<SqlStatement> statements;

	TextSection(String text, String file, int firstLine) {
		this.text = Objects.requireNonNull(text, "text");
		this.file = Objects.requireNonNull(file, "file");
		this.firstLine = firstLine;
	}

	@Override
	public String text() {
		return text;
	}

	@Override
	public int firstLine() {
		return firstLine;
	}

	/**
	 * @throws SqlScriptException when the section cannot be split (every time it is
	 * asked)
	 */
	@Override
	public List<SqlStatement> statements() {
		List<SqlStatement> split = statements;
		if (split == null) {
			// Splitting twice on a race gives the same list; no lock needed.
			split = SqlStatementSplitter.split(text, file, firstLine);
			statements = split;
		}
		return split;
	}

	@Override
	public void forEachStatement(Consumer<SqlStatement> sink) {
		statements().forEach(sink);
	}

	@Override
	public void check() {
		statements();
	}

}

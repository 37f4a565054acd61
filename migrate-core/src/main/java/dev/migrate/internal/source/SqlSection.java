package dev.migrate.internal.source;

import java.util.List;
import java.util.function.Consumer;

/**
 * One section of a SQL revision file: held in memory ({@link TextSection}), or, for a
 * file too large for that, read from the file again whenever its statements are needed
 * ({@link FileSection}).
 */
sealed interface SqlSection permits TextSection, FileSection {

	/** The section as written, comments included. */
	String text();

	/** The line of the file the section's text starts on. */
	int firstLine();

	/**
	 * All statements, in order.
	 * @throws SqlScriptException when the section cannot be split
	 */
	List<SqlStatement> statements();

	/**
	 * Hands each statement to {@code sink} in order; a {@link FileSection} holds only the
	 * statements of one block of the file at a time.
	 * @throws SqlScriptException when the section cannot be split (statements before the
	 * error have been handed over)
	 */
	void forEachStatement(Consumer<SqlStatement> sink);

	/**
	 * Splits the section once, so that a script error surfaces before anything runs.
	 * @throws SqlScriptException when the section cannot be split
	 */
	void check();

}

package dev.migrate.internal.source;

import java.util.List;
import java.util.function.Consumer;

/**
 * One section of a SQL revision file: held in memory ({@link TextSection}), or, for a
 * file too large for that, read from the file again whenever its statements are needed
 * ({@link FileSection}).
 *
 * <p>
 * The {@code -- migrate:autocommit} and {@code -- migrate:end-autocommit} lines cut a
 * section into parts ({@link TextSection#forEachPart}). Only a {@link TextSection} has
 * them: the parser refuses an autocommit block in a file large enough to be streamed.
 */
sealed interface SqlSection permits TextSection, FileSection {

	/** The section as written, comments included. */
	String text();

	/** The line of the file the section's text starts on. */
	int firstLine();

	/** Whether the section has an autocommit block (no statement is split to tell). */
	boolean hasAutocommitBlock();

	/**
	 * All statements, in order, those of autocommit blocks included.
	 * @throws SqlScriptException when the section cannot be split
	 */
	List<SqlStatement> statements();

	/**
	 * Hands each statement to {@code sink} in order, those of autocommit blocks included;
	 * a {@link FileSection} holds only the statements of one block of the file at a time.
	 * @throws SqlScriptException when the section cannot be split (statements before the
	 * error have been handed over)
	 */
	void forEachStatement(Consumer<SqlStatement> sink);

	/**
	 * Splits the section once, so that a script error surfaces before anything runs.
	 * @throws SqlScriptException when the section cannot be split
	 */
	void check();

	/**
	 * A stretch of a section between autocommit markers.
	 *
	 * @param text its SQL
	 * @param firstLine the line of the file it starts on
	 * @param autocommit whether it is an autocommit block
	 */
	record Part(String text, int firstLine, boolean autocommit) {
	}

	/** Receives the statements of one part. */
	@FunctionalInterface
	interface PartConsumer {

		void accept(boolean autocommit, List<SqlStatement> statements);

	}

}

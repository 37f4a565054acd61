package dev.migrate.result;

import java.util.Objects;

/**
 * Where a statement or revision came from, for error messages: {@code file:line}.
 *
 * @param file the file or class, as the user would recognise it (e.g.
 * {@code classpath:db/revisions/abc_init.sql})
 * @param line the 1-based line, or 0 when unknown
 */
public record SourceLocation(String file, int line) {

	public SourceLocation {
		Objects.requireNonNull(file, "file");
	}

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line : file;
	}
}

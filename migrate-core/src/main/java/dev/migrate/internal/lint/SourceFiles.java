package dev.migrate.internal.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Reads a revision file again by the name in its
 * {@link dev.migrate.result.SourceLocation} ({@code classpath:db/revisions/x.sql},
 * {@code filesystem:/srv/db/x.sql} or a plain path). The linter needs the file because
 * suppression comments usually sit on the lines above a statement, which the statement
 * splitter (rightly) does not include in the statement.
 */
final class SourceFiles {

	private SourceFiles() {
	}

	/**
	 * The file's text, or empty when it cannot be found (the linter then sees
	 * in-statement comments only).
	 */
	static Optional<String> read(String file, ClassLoader classLoader) {
		if (file.startsWith("classpath:")) {
			String resource = file.substring("classpath:".length()).replaceFirst("^/+", "");
			try (InputStream in = classLoader.getResourceAsStream(resource)) {
				return in == null ? Optional.empty()
						: Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + file, e);
			}
		}
		String pathName = file.startsWith("filesystem:") ? file.substring("filesystem:".length()) : file;
		Path path;
		try {
			path = Paths.get(pathName);
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
		if (!Files.isRegularFile(path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
	}

}

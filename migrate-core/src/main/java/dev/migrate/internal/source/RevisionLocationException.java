package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import java.util.Objects;

/**
 * A configured revision location that cannot be used or read: a bad prefix, a missing
 * directory, an unreadable file. The location names the configured location or the file
 * involved.
 */
public final class RevisionLocationException extends RevisionSourceException {

	private static final long serialVersionUID = 1L;

	/** What is wrong with the location. */
	public enum Problem {

		/** The location string has an unknown prefix or an empty path. */
		INVALID_LOCATION,
		/** A {@code filesystem:} location does not exist. */
		NOT_FOUND,
		/** The location exists but is a file, not a directory. */
		NOT_A_DIRECTORY,
		/**
		 * The classpath resource is neither a directory nor inside a jar, so it cannot be
		 * listed.
		 */
		UNSUPPORTED_URL,
		/** Reading a directory, jar or file failed. */
		UNREADABLE,
		/** A file is not valid UTF-8. */
		NOT_UTF8,
		/**
		 * A file that looks meant as a revision is not read as one: {@code .SQL} instead
		 * of {@code .sql}, or a symbolic link whose target is missing.
		 */
		NOT_READ_AS_REVISION

	}

	private final Problem problem;

	public RevisionLocationException(Problem problem, SourceLocation location, String message) {
		this(problem, location, message, null);
	}

	public RevisionLocationException(Problem problem, SourceLocation location, String message, Throwable cause) {
		super(location, message, cause);
		this.problem = Objects.requireNonNull(problem, "problem");
	}

	public Problem problem() {
		return problem;
	}

}

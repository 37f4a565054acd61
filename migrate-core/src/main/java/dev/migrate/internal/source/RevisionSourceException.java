package dev.migrate.internal.source;

import dev.migrate.MigrateException;
import dev.migrate.result.SourceLocation;
import java.util.Objects;

/**
 * Root of the errors raised while reading revisions from their sources (SQL files,
 * locations, Java classes). Carries the place the problem was found; the message starts
 * with it ({@code file:line}) and ends with what to do about it.
 */
public class RevisionSourceException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final SourceLocation location;

	public RevisionSourceException(SourceLocation location, String message) {
		this(location, message, null);
	}

	public RevisionSourceException(SourceLocation location, String message, Throwable cause) {
		super(Objects.requireNonNull(location, "location") + ": " + message, cause);
		this.location = location;
	}

	/**
	 * Where the problem is: a file and 1-based line, or a file, location or class with
	 * line 0.
	 */
	public SourceLocation location() {
		return location;
	}

}

package dev.migrate;

/**
 * Root of every error migrate raises on purpose. Subtypes carry the revision ids, files
 * and statements involved so callers (CLI, Spring failure analyzer, tests) can act on
 * them without parsing messages; messages themselves always say what to do next.
 */
public class MigrateException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MigrateException(String message) {
		super(message);
	}

	public MigrateException(String message, Throwable cause) {
		super(message, cause);
	}

}

package dev.migrate.internal.dialect;

import dev.migrate.MigrateException;

/**
 * An identifier the database would not store as written: empty, containing a NUL
 * character, or longer than the database keeps (PostgreSQL silently truncates names
 * beyond 63 bytes, so two long names could end up naming the same object).
 */
public class InvalidIdentifierException extends MigrateException {

	private static final long serialVersionUID = 1L;

	/** What is wrong with the identifier. */
	public enum Reason {

		EMPTY, NUL_CHARACTER, TOO_LONG

	}

	private final String identifier;

	private final Reason reason;

	public InvalidIdentifierException(String identifier, Reason reason, String message) {
		super(message);
		this.identifier = identifier;
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** The identifier as given. */
	public String identifier() {
		return identifier;
	}

}

package dev.migrate.dialect;

import dev.migrate.MigrateException;

/**
 * An identifier the database would not store as written: empty, containing a NUL character, or
 * longer than the database keeps (PostgreSQL silently truncates names beyond 63 bytes, so two long
 * names could end up naming the same object).
 */
public class InvalidIdentifierException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String identifier;

    public InvalidIdentifierException(String identifier, String message) {
        super(message);
        this.identifier = identifier;
    }

    /** The identifier as given. */
    public String identifier() {
        return identifier;
    }
}

package dev.migrate.internal.dialect;

import dev.migrate.MigrateException;

/** An operation, option or value that a dialect cannot express in its SQL. */
public class UnsupportedByDialectException extends MigrateException {

	private static final long serialVersionUID = 1L;

	public UnsupportedByDialectException(String message) {
		super(message);
	}

}

package dev.migrate.autoconfigure.jpa.shop;

/** Stored by name: a varchar column with a check constraint. */
public enum CustomerStatus {

	ACTIVE, SUSPENDED, CLOSED

}

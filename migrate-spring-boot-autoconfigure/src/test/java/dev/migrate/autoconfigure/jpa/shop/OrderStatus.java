package dev.migrate.autoconfigure.jpa.shop;

/** Stored by ordinal: a smallint column with a check constraint. */
public enum OrderStatus {

	NEW, PAID, SHIPPED, CANCELLED

}

package dev.migrate.ops;

/**
 * Options of the facade's {@code drop*} methods, e.g.
 * {@code op.dropTable("audit", IF_EXISTS, CASCADE)}.
 */
public enum DropOption {

	/** No error when the object does not exist. */
	IF_EXISTS,
	/** Also drop the objects that depend on it. */
	CASCADE,
	/**
	 * Indexes only: drop without blocking reads and writes (runs outside a transaction).
	 */
	CONCURRENTLY

}

package dev.migrate.ops;

import java.sql.Connection;

/**
 * Where {@link Operations} sends each operation: executed on a connection (online),
 * rendered to a script (offline), or recorded (to compute a Java revision's checksum and
 * transactionality).
 */
public interface OperationExecutor {

	void apply(Operation operation);

	/**
	 * The JDBC connection for data migrations.
	 * @throws dev.migrate.MigrateException when there is none (offline rendering): the
	 * revision then cannot be rendered to SQL
	 */
	Connection connection();

	/**
	 * Runs {@code block} outside the revision's transaction (see
	 * {@link Operations#autocommitBlock}). The default refuses: an executor that does not
	 * own a transaction cannot end one.
	 * @throws UnsupportedOperationException always, unless overridden
	 */
	default void autocommitBlock(Runnable block) {
		throw new UnsupportedOperationException(
				getClass().getName() + " cannot run an autocommit block: it does not own a transaction");
	}

}

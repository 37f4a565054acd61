package dev.migrate.internal.execution;

import java.sql.SQLException;
import java.util.List;

/**
 * What the runner does to its transaction when a revision's autocommit block starts and
 * ends; the {@link JdbcOperationExecutor} calls it and runs the block's operations in
 * between. The runner owns the transaction, and what it records with each commit.
 */
public interface AutocommitTransitions {

	/**
	 * For executors whose runner has no transaction to end: the revision already runs in
	 * autocommit, so the block just runs.
	 */
	AutocommitTransitions NONE = new AutocommitTransitions() {

		@Override
		public void beforeBlock(List<String> executed) {
		}

		@Override
		public void afterBlock() {
		}

	};

	/**
	 * Commits the revision's transaction so far and leaves the connection in autocommit.
	 * @param executed the statements the revision has run so far, in order
	 */
	void beforeBlock(List<String> executed) throws SQLException;

	/** Begins a new transaction for the rest of the revision. */
	void afterBlock() throws SQLException;

}

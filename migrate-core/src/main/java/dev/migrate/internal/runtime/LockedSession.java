package dev.migrate.internal.runtime;

import dev.migrate.result.HistoryRecord;
import dev.migrate.internal.graph.MigrationPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command that changes the database works with once the migration lock is held:
 * the state as read under the lock, and ways to run a plan or write state rows.
 */
public final class LockedSession {

	private final Connection connection;

	private final DatabaseState state;

	private final StateStore store;

	private final StepRunner runner;

	private final MigrationLock lock;

	private final String host;

	private final List<StepRow> applied = new ArrayList<>();

	private boolean tablesExist;

	LockedSession(Connection connection, DatabaseState state, StateStore store, StepRunner runner, MigrationLock lock,
			String host) {
		this.connection = connection;
		this.state = state;
		this.store = store;
		this.runner = runner;
		this.lock = lock;
		this.host = host;
		this.tablesExist = state.tablesExist();
	}

	/**
	 * The state as read after the lock was acquired: plan from this, never from an
	 * earlier read.
	 */
	public DatabaseState state() {
		return state;
	}

	public Duration lockWait() {
		return lock.waited();
	}

	public String host() {
		return host;
	}

	public StateStore store() {
		return store;
	}

	/**
	 * Every history row, read on the locked session's connection (only needed when the
	 * version table records revisions this release does not know).
	 */
	public List<HistoryRecord> history() throws SQLException {
		return store.readHistory(connection);
	}

	/**
	 * Runs the plan's steps; on failure the steps that did commit stay in
	 * {@link #applied()}.
	 */
	public List<StepRow> run(MigrationPlan plan) throws SQLException {
		if (plan.isEmpty()) {
			return List.of();
		}
		StepRunner.splitSqlFirst(plan); // a script error leaves the database as it was,
										// state tables included
		ensureTables();
		try {
			List<StepRow> steps = runner.run(plan);
			applied.addAll(steps);
			return steps;
		}
		catch (RuntimeException | SQLException ex) {
			applied.addAll(runner.applied());
			throw ex;
		}
	}

	/**
	 * Writes state rows (e.g. a stamp) in one transaction, checking row counts and that
	 * the lock is still held.
	 */
	public void writeInTransaction(List<SqlCommand> commands) throws SQLException {
		ensureTables();
		List<SqlCommand> fenced = new ArrayList<>();
		fenced.add(lock.stillHeld());
		fenced.addAll(commands);
		connection.setAutoCommit(false);
		try {
			store.write(connection, fenced);
			connection.commit();
		}
		catch (RuntimeException | SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	/**
	 * Creates the state tables on first use: before the first write of a run on a new
	 * database.
	 */
	private void ensureTables() throws SQLException {
		if (!tablesExist) {
			store.createTables(connection);
			tablesExist = true;
		}
	}

	public List<StepRow> applied() {
		return List.copyOf(applied);
	}

}

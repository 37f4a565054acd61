package dev.migrate.internal.runtime;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.RunInfo;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.result.HistoryRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One run of a command that changes the database, handed to the command piece by piece so
 * that the command reads top to bottom (as Alembic's {@code command.py} does): a quick
 * check on the migration connection without the lock, the lock on a connection of its
 * own, the state re-read under it, then the plan and its steps. The run ends with
 * {@link #finished} or {@link #failed}, which close the migration connection and only
 * then tell the listeners, so that they see the whole run and may use the database (a
 * pool of one connection included). As a resource, the run closes its connection whatever
 * happens, errors included.
 */
public final class WriteRun implements AutoCloseable {

	private final MigrateConfig config;

	private final ConnectionSource connections;

	private final Listeners listeners;

	private final RevisionFacts facts;

	private final Consumer<RunRow> lastRun;

	private final RunInfo run;

	private final long start;

	private final Connection connection;

	private final StateStore store;

	/** Set once the session is protected, before the lock is taken; null until then. */
	private @Nullable SessionTimeouts timeouts;

	private @Nullable LockedSession session;

	private @Nullable FutureTask<Connection> lockConnection;

	WriteRun(MigrateConfig config, ConnectionSource connections, Listeners listeners, RevisionFacts facts,
			Consumer<RunRow> lastRun, RunInfo run, long start, Connection connection, StateStore store) {
		this.config = config;
		this.connections = connections;
		this.listeners = listeners;
		this.facts = facts;
		this.lastRun = lastRun;
		this.run = run;
		this.start = start;
		this.connection = connection;
		this.store = store;
	}

	/**
	 * The state as planning needs it, read without the lock: heads, the last upgrade's
	 * checksum of each applied revision, unfinished steps.
	 */
	public DatabaseState readState() throws SQLException {
		return this.store.readForPlanning(this.connection);
	}

	/**
	 * The whole history, oldest first: where a database ahead of this release came from.
	 */
	public List<HistoryRecord> readHistory() throws SQLException {
		return this.store.readHistory(this.connection);
	}

	/** Only the recorded heads: one small query, for polling while another run works. */
	public Set<String> readHeads() throws SQLException {
		return this.store.readHeadsOnly(this.connection);
	}

	/**
	 * Prepares a new database (no state tables yet) for {@code plan} while the lock
	 * session connects: the plan's SQL is split first (a script error leaves the database
	 * untouched), then the lock session's connection is opened on another thread while
	 * the state tables are created on this one. Its backend start (a new server process,
	 * the larger part of a run's fixed cost) then overlaps with creating the tables, the
	 * slowest statements of a first run. The tables are created without the lock: they
	 * are empty, so another instance reads them as the database at base, and creating
	 * them tolerates an instance doing the same at the same moment. Planning itself still
	 * happens under the lock, from the state re-read there.
	 */
	public void prepareNewDatabase(MigrationPlan plan) throws SQLException {
		StepRunner.splitSqlFirst(plan);
		String name = HostName.applicationName("lock");
		FutureTask<Connection> open = new FutureTask<>(() -> this.connections.open(name));
		Thread opener = new Thread(open, "migrate-lock-connect");
		opener.setDaemon(true);
		opener.start();
		this.lockConnection = open;
		this.store.createTables(this.connection);
	}

	/** Takes the migration lock on a connection of its own, waiting as configured. */
	public MigrationLock lock() throws SQLException {
		protectSession();
		String name = HostName.applicationName("lock");
		return MigrationLock.acquire(lockConnection(name), name, this.store.names(), this.config.lockWaitTimeout(),
				this.listeners);
	}

	/**
	 * Takes the migration lock; while another instance holds it, {@code whileWaiting} is
	 * asked between polls whether that instance already did the work.
	 * @return the held lock, or the result the other instance left
	 */
	public <T> LockOutcome<T> lock(MigrationLock.WhileWaiting<T> whileWaiting) throws SQLException {
		protectSession();
		String name = HostName.applicationName("lock");
		return MigrationLock.acquire(lockConnection(name), name, this.store.names(), this.config.lockWaitTimeout(),
				this.listeners, whileWaiting);
	}

	/**
	 * Protects the migration session from idle timeouts (see {@link SessionTimeouts})
	 * before the run waits for the lock and works: the session may then idle longer than
	 * a server's timeout allows.
	 */
	private void protectSession() throws SQLException {
		if (this.timeouts == null) {
			this.timeouts = SessionTimeouts.protect(this.connection);
		}
	}

	/**
	 * The lock session's connection: the one {@link #prepareNewDatabase} began to open,
	 * or a new one.
	 */
	private Connection lockConnection(String name) {
		FutureTask<Connection> open = this.lockConnection;
		if (open == null) {
			return this.connections.open(name);
		}
		this.lockConnection = null;
		return joined(open);
	}

	/** What {@code open} returned, or what it threw. */
	private static Connection joined(FutureTask<Connection> open) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return open.get();
				}
				catch (InterruptedException ex) {
					// The connection is on its way (bounded by the connect timeout and
					// retries); waiting for it lets it be handed over or closed.
					interrupted = true;
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof RuntimeException runtime) {
						throw runtime;
					}
					if (ex.getCause() instanceof Error error) {
						throw error;
					}
					throw new MigrateException("Could not open the lock session: " + ex.getCause(), ex.getCause());
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Re-reads the state now that {@code lock} is held, and returns the session that
	 * plans and runs from it: what other instances applied before the lock was ours is
	 * seen, so nothing runs twice.
	 */
	public LockedSession locked(MigrationLock lock) throws SQLException {
		DatabaseState state = this.store.readForPlanning(this.connection);
		StepRunner runner = new StepRunner(this.connection, this.store, this.config, this.listeners, this.facts,
				HostName.get(), lock, this.connections);
		this.session = new LockedSession(this.connection, state, this.store, runner, lock, HostName.get());
		return this.session;
	}

	/**
	 * Ends the run with {@code result}: closes the connection, then tells the listeners.
	 */
	public <T> T finished(T result) {
		closeConnection(null);
		report(null);
		return result;
	}

	/**
	 * Ends the run with {@code error}: closes the connection, tells the listeners, and
	 * returns what to throw (a database error as a {@link MigrateException} that says
	 * what failed, naming migrate's own tables when it concerns them).
	 */
	public RuntimeException failed(Exception error) {
		RuntimeException thrown;
		if (error instanceof SQLException sql) {
			MigrateException explained = StateTableErrors.explain(sql, this.store.names(), this.config.user());
			thrown = (explained != null) ? explained
					: new MigrateException(this.run.command() + " failed: " + sql.getMessage(), sql);
		}
		else {
			thrown = (RuntimeException) error;
		}
		closeConnection(thrown);
		report(thrown);
		return thrown;
	}

	/** Closes the migration connection if it is still open; reports nothing. */
	@Override
	public void close() {
		closeConnection(null);
	}

	private void closeConnection(Throwable failure) {
		FutureTask<Connection> open = this.lockConnection;
		if (open != null) {
			// The run ended before it asked for the lock (a failure creating the state
			// tables): the connection opened for it is not needed.
			this.lockConnection = null;
			try {
				joined(open).close();
			}
			catch (SQLException | RuntimeException ex) {
				if (failure != null) {
					failure.addSuppressed(ex);
				}
			}
		}
		try {
			if (this.timeouts != null) {
				this.timeouts.restore(this.connection, this.connections.ownsSessions());
			}
			this.connection.close();
		}
		catch (SQLException ex) {
			if (failure != null) {
				failure.addSuppressed(ex);
			}
		}
	}

	private void report(Throwable error) {
		List<StepRow> applied = (this.session != null) ? this.session.applied() : List.of();
		RunRow row = new RunRow(this.run, Duration.ofNanos(System.nanoTime() - this.start), applied, error);
		this.lastRun.accept(row);
		this.listeners.runFinished(row);
	}

}

package dev.migrate.internal.runtime;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import dev.migrate.result.AppliedStep;
import dev.migrate.result.LastRun;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs commands against the database: {@link #write} for commands that change it (under
 * the migration lock, with state re-read once the lock is held) and {@link #read} for
 * those that only look.
 */
public final class MigrationRuntime {

	private final MigrateConfig config;

	private final ConnectionSource connections;

	private final StateStore store;

	private final Listeners listeners;

	private final RevisionFacts facts;

	private final AtomicReference<LastRun> lastRun = new AtomicReference<>();

	private volatile StateStore qualifiedStore;

	public MigrationRuntime(MigrateConfig config, RevisionFacts facts) {
		this.config = config;
		this.connections = new ConnectionSource(config);
		this.store = new StateStore(StateTableNames.of(config), config.lockTimeout());
		this.listeners = new Listeners(config.listeners());
		this.facts = facts;
	}

	/** Work done while holding the lock. */
	@FunctionalInterface
	public interface LockedWork<T> {

		T run(LockedSession session) throws SQLException;

	}

	/** Work that only reads. */
	@FunctionalInterface
	public interface ReadWork<T> {

		T run(Connection connection, StateStore store) throws SQLException;

	}

	public StateStore store() {
		return store;
	}

	public RevisionFacts facts() {
		return facts;
	}

	/**
	 * Takes the lock on a dedicated connection, opens the migration connection, reads the
	 * state and hands both to {@code work}; the state tables are created when the work
	 * first writes. Listeners see the run.
	 */
	public <T> T write(String command, String target, LockedWork<T> work) {
		return write(command, target, (connection, store) -> Optional.empty(), (connection, store) -> Optional.empty(),
				work);
	}

	/**
	 * Runs a command that changes the database, top to bottom: a quick check without the
	 * lock, the lock, the state re-read under it, then {@code work}.
	 * <ol>
	 * <li>{@code quickCheck} runs on the migration connection without the lock; a result
	 * is the run's result and no lock is taken (the no-op start every application restart
	 * pays: one connection and one state read);</li>
	 * <li>otherwise the lock is taken on a connection of its own; while another instance
	 * holds it, {@code whileWaiting} runs between polls, and a result means that instance
	 * did the work meanwhile;</li>
	 * <li>once the lock is held, the state is read again and {@code work} plans and runs
	 * from it, so concurrent instances apply nothing twice.</li>
	 * </ol>
	 */
	public <T> T write(String command, String target, ReadWork<Optional<T>> quickCheck,
			ReadWork<Optional<T>> whileWaiting, LockedWork<T> work) {
		RunInfo run = new RunInfo(command, target, Instant.now());
		long start = System.nanoTime();
		listeners.runStarted(run);
		LockedSession session = null;
		T result;
		// The migration connection is opened first and also serves the quick check, so a
		// run with work to do costs two connections (migration + lock), and a no-op run
		// one.
		try (Connection connection = connections.open(HostName.applicationName(command))) {
			StateStore store = store(connection);
			Optional<T> quick = quickCheck.run(connection, store);
			if (quick.isPresent()) {
				result = quick.get();
			}
			else {
				String lockName = HostName.applicationName("lock");
				LockOutcome<T> outcome = MigrationLock.acquire(connections.open(lockName), lockName, store.names(),
						config.lockWaitTimeout(), listeners, () -> whileWaiting.run(connection, store));
				if (outcome instanceof LockOutcome.DoneMeanwhile<T> done) {
					result = done.result();
				}
				else {
					try (MigrationLock lock = ((LockOutcome.Acquired<T>) outcome).lock()) {
						DatabaseState state = store.readForPlanning(connection);
						StepRunner runner = new StepRunner(connection, store, config, listeners, facts, HostName.get(),
								lock, connections);
						session = new LockedSession(connection, state, store, runner, lock, HostName.get());
						result = work.run(session);
					}
				}
			}
		}
		catch (SQLException ex) {
			MigrateException error = new MigrateException(command + " failed: " + ex.getMessage(), ex);
			finish(run, start, session == null ? List.of() : session.applied(), error);
			throw error;
		}
		catch (RuntimeException ex) {
			finish(run, start, session == null ? List.of() : session.applied(), ex);
			throw ex;
		}
		// Reported once the connections are closed and the lock released, so listeners
		// see the whole run and may use the database (a pool of one connection included).
		finish(run, start, session == null ? List.of() : session.applied(), null);
		return result;
	}

	/** Opens a connection without the lock for commands that only read. */
	public <T> T read(ReadWork<T> work) {
		try (Connection connection = connections.open(HostName.applicationName("read"))) {
			return work.run(connection, store(connection));
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Could not read the migration state from " + store.versionTable().name() + ": " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * The state tables, always schema-qualified: without a configured schema, the
	 * connection's {@code current_schema()} is resolved on first use and kept. A revision
	 * that changes {@code search_path} then cannot send migrate's own rows into another
	 * schema's tables of the same name.
	 */
	private StateStore store(Connection connection) throws SQLException {
		StateStore resolved = qualifiedStore;
		if (resolved == null) {
			if (store.names().schema() != null) {
				resolved = store;
			}
			else {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
					rs.next();
					String schema = rs.getString(1);
					if (schema == null) {
						throw new MigrateException("The connection has no current schema (its search_path names no "
								+ "schema that exists), so migrate cannot tell where " + store.versionTable().name()
								+ " belongs; set migrate.schema (--schema) or fix the search_path");
					}
					resolved = store.withNames(store.names().withSchema(schema, false));
				}
			}
			qualifiedStore = resolved;
		}
		return resolved;
	}

	/** The last {@link #write} run of this instance, or null. */
	public LastRun lastRun() {
		return lastRun.get();
	}

	private void finish(RunInfo run, long start, List<AppliedStep> applied, Throwable error) {
		RunOutcome outcome = new RunOutcome(Duration.ofNanos(System.nanoTime() - start), applied, error);
		lastRun.set(new LastRun(run, outcome));
		listeners.runFinished(run, outcome);
	}

}

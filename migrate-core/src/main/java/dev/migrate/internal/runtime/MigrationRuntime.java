package dev.migrate.internal.runtime;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import dev.migrate.result.AppliedStep;
import dev.migrate.result.LastRun;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

	public MigrationRuntime(MigrateConfig config, RevisionFacts facts) {
		this.config = config;
		this.connections = new ConnectionSource(config);
		this.store = new StateStore(StateTableNames.of(config));
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
		return write(command, target, null, null, work);
	}

	/**
	 * Like {@link #write(String, String, LockedWork)}, but first runs
	 * {@code unlockedCheck} on the migration connection without the lock. When it returns
	 * a result, that is the run's result and no lock is taken: this is the no-op start
	 * every application restart pays, and it then costs one connection and one state read
	 * instead of two connections and four round trips. When it returns null (there is
	 * work to do), the lock is taken and the state re-read under it, so concurrent
	 * instances still apply nothing twice. While another instance holds the lock,
	 * {@code whileWaiting} (when not null) is run on the migration connection between
	 * polls, and when it returns a result, that is the run's result: the other instance
	 * has done the work meanwhile.
	 */
	public <T> T write(String command, String target, ReadWork<T> unlockedCheck, ReadWork<T> whileWaiting,
			LockedWork<T> work) {
		RunInfo run = new RunInfo(command, target, Instant.now());
		long start = System.nanoTime();
		listeners.runStarted(run);
		LockedSession session = null;
		T result = null;
		// The migration connection is opened first and also serves the unlocked check, so
		// a run with
		// work to do costs two connections (migration + lock), and a no-op run one.
		try (Connection connection = connections.open(HostName.applicationName(command))) {
			if (unlockedCheck != null) {
				result = unlockedCheck.run(connection, store);
			}
			if (result == null) {
				String lockName = HostName.applicationName("lock");
				AtomicReference<T> doneMeanwhile = new AtomicReference<>();
				MigrationLock acquired = MigrationLock.acquire(connections.open(lockName), lockName, store.names(),
						config.lockWaitTimeout(), listeners, whileWaiting == null ? null : () -> {
							doneMeanwhile.set(whileWaiting.run(connection, store));
							return doneMeanwhile.get() != null;
						});
				if (acquired == null) {
					result = doneMeanwhile.get();
				}
				else {
					try (MigrationLock lock = acquired) {
						DatabaseState state = store.readForPlanning(connection);
						StepRunner runner = new StepRunner(connection, store, config, listeners, facts, HostName.get());
						session = new LockedSession(connection, state, store, runner, lock.waited(), HostName.get());
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
		// see the whole run
		// and may use the database (a pool of one connection included).
		finish(run, start, session == null ? List.of() : session.applied(), null);
		return result;
	}

	/** Opens a connection without the lock for commands that only read. */
	public <T> T read(ReadWork<T> work) {
		try (Connection connection = connections.open(HostName.applicationName("read"))) {
			return work.run(connection, store);
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Could not read the migration state from " + store.versionTable().name() + ": " + ex.getMessage(),
					ex);
		}
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

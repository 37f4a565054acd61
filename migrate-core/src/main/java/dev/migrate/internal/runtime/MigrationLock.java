package dev.migrate.internal.runtime;

import dev.migrate.LockHolder;
import dev.migrate.LockWaitTimeoutException;
import dev.migrate.MigrateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration lock: a PostgreSQL session advisory lock held on a connection of its own.
 *
 * <p>
 * Why a session lock on a dedicated connection: it is never part of a migration
 * transaction, so {@code CREATE INDEX CONCURRENTLY} (which waits for every older
 * transaction) cannot deadlock on it, and PostgreSQL releases it the moment the session
 * ends, so a process killed with {@code kill -9} leaves nothing stuck. It is polled with
 * {@code pg_try_advisory_lock} rather than blocking so the wait is bounded and the holder
 * can be named when it times out.
 *
 * <p>
 * The key is a hash of the schema and version table name: two applications keeping their
 * state in different schemas do not block each other.
 */
public final class MigrationLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

	private static final Duration FIRST_POLL = Duration.ofMillis(25);

	// Short enough that racers waiting behind a finished migration go on within ~0.1 s; a
	// try-lock
	// round trip ten times a second per waiting instance costs the server nothing
	// measurable.
	private static final Duration MAX_POLL = Duration.ofMillis(100);

	/**
	 * Tries the lock and names the session in one round trip: the name is read before it
	 * is set (the select list is evaluated left to right), so the first poll returns the
	 * name to restore.
	 */
	private static final String TRY_LOCK = "SELECT k, pg_try_advisory_lock(k), current_setting('application_name'), "
			+ "set_config('application_name', ?, false) FROM "
			+ "(SELECT hashtextextended('migrate:' || coalesce(?, current_schema(), '') || '.' || ?, 0) AS k) key";

	private static final String HOLDER = "SELECT a.pid, a.application_name, a.usename, host(a.client_addr), "
			+ "coalesce(a.query_start, a.backend_start) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
			+ "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
			+ "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
			+ "AND l.classid::bigint = ? AND l.objid::bigint = ?";

	private final Connection connection;

	private final long key;

	private final Duration waited;

	private final String previousApplicationName;

	private MigrationLock(Connection connection, long key, Duration waited, String previousApplicationName) {
		this.connection = connection;
		this.key = key;
		this.waited = waited;
		this.previousApplicationName = previousApplicationName;
	}

	/** Asked between polls while another session holds the lock. */
	@FunctionalInterface
	public interface StopWaiting {

		/**
		 * True when waiting has become pointless (another instance already did the work).
		 */
		boolean now() throws SQLException;

	}

	/**
	 * Takes the lock on {@code connection}, which the lock then owns and closes. The
	 * session's {@code application_name} is set to {@code applicationName} while the lock
	 * is held so that a waiting instance can name the holder; it is restored on release
	 * (the connection may be pooled). Between polls it asks {@code stopWaiting} (when not
	 * null) and gives up, closing the connection and returning null, once it says so.
	 * Instances that start together and find the lock taken can then finish as soon as
	 * the holder's work is committed, instead of taking the lock one after the other only
	 * to find nothing left to do.
	 * @throws LockWaitTimeoutException naming the holder when {@code waitTimeout} passes
	 */
	public static MigrationLock acquire(Connection connection, String applicationName, StateTableNames names,
			Duration waitTimeout, Listeners listeners, StopWaiting stopWaiting) {
		long start = System.nanoTime();
		try {
			String previousApplicationName = null;
			Duration pause = FIRST_POLL;
			boolean logged = false;
			try (PreparedStatement tryLock = connection.prepareStatement(TRY_LOCK)) {
				tryLock.setString(1, applicationName);
				tryLock.setString(2, names.schema());
				tryLock.setString(3, names.versionTable());
				while (true) {
					long key;
					boolean acquired;
					try (ResultSet rs = tryLock.executeQuery()) {
						rs.next();
						key = rs.getLong(1);
						acquired = rs.getBoolean(2);
						if (previousApplicationName == null) {
							previousApplicationName = rs.getString(3);
						}
					}
					Duration waited = Duration.ofNanos(System.nanoTime() - start);
					if (acquired) {
						listeners.lockAcquired(waited);
						return new MigrationLock(connection, key, waited, previousApplicationName);
					}
					if (waited.compareTo(waitTimeout) >= 0) {
						throw new LockWaitTimeoutException(waited, holder(connection, key));
					}
					if (!logged) {
						log.info("Waiting for the migration lock held by {}", holder(connection, key));
						logged = true;
					}
					else if (stopWaiting != null && askStopWaiting(stopWaiting)) {
						log.info("Stopped waiting for the migration lock after {} ms: nothing is left to do",
								waited.toMillis());
						closeQuietly(connection);
						return null;
					}
					Duration remaining = waitTimeout.minus(waited);
					sleep(pause.compareTo(remaining) < 0 ? pause : remaining);
					pause = pause.multipliedBy(2).compareTo(MAX_POLL) < 0 ? pause.multipliedBy(2) : MAX_POLL;
				}
			}
		}
		catch (StopWaitingFailed ex) {
			// Not a lock failure: the state read between polls failed, or found edited
			// revisions.
			closeQuietly(connection);
			throw ex.error();
		}
		catch (SQLException | RuntimeException ex) {
			// Timed out, interrupted or broken: the connection is ours to close, which
			// also drops any
			// lock a half-finished try-lock might have taken.
			MigrateException error = ex instanceof MigrateException migrate ? migrate
					: new MigrateException("Could not take the migration lock: " + ex.getMessage(), ex);
			listeners.lockFailed(Duration.ofNanos(System.nanoTime() - start), error);
			closeQuietly(connection);
			throw error;
		}
	}

	private static boolean askStopWaiting(StopWaiting stopWaiting) {
		try {
			return stopWaiting.now();
		}
		catch (SQLException ex) {
			throw new StopWaitingFailed(new MigrateException(
					"Could not read the migration state while waiting for the lock: " + ex.getMessage(), ex));
		}
		catch (RuntimeException ex) {
			throw new StopWaitingFailed(ex);
		}
	}

	/** Carries what the between-polls check threw past the lock-failure handling. */
	private static final class StopWaitingFailed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final RuntimeException error;

		StopWaitingFailed(RuntimeException error) {
			super(error.getMessage(), error, false, false);
			this.error = error;
		}

		RuntimeException error() {
			return error;
		}

	}

	/** How long acquiring took. */
	public Duration waited() {
		return waited;
	}

	/** The session holding the lock now, or null if nobody does. */
	static LockHolder holder(Connection connection, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
			statement.setLong(1, key >>> 32);
			statement.setLong(2, key & 0xFFFFFFFFL);
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					return null;
				}
				return new LockHolder(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, OffsetDateTime.class));
			}
		}
	}

	/**
	 * Releases the lock and closes its connection; a broken connection has released it
	 * already.
	 */
	@Override
	public void close() {
		try (PreparedStatement unlock = connection
			.prepareStatement("SELECT pg_advisory_unlock(?), set_config('application_name', ?, false)")) {
			unlock.setLong(1, key);
			unlock.setString(2, previousApplicationName);
			unlock.execute();
		}
		catch (SQLException ex) {
			log.debug("Could not release the migration lock explicitly; closing its session releases it", ex);
		}
		finally {
			closeQuietly(connection);
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.debug("Closing the lock connection failed", ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(Math.max(1, duration.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrateException("Interrupted while waiting for the migration lock", ex);
		}
	}

}

package dev.migrate.internal.runtime;

import dev.migrate.LockHolder;
import dev.migrate.LockWaitTimeoutException;
import dev.migrate.MigrateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
 *
 * <p>
 * Once the lock is taken, the lock session also takes a second advisory lock on a random
 * key of its own, the run's token (the two-integer form, so {@code pg_locks} shows it
 * with {@code objsubid = 2}). No other session ever asks for that key, and the lock
 * session gives up both locks only together, by ending or on {@link #close()}, so the
 * token being taken proves the lock is held: {@link #stillHeld()} asks for it with a
 * try-lock, a single lookup in the server's lock table, where scanning {@code pg_locks}
 * would copy every lock of the server (about 0.1 ms of server CPU, which every revision
 * paid).
 */
public final class MigrationLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

	private static final Duration FIRST_POLL = Duration.ofMillis(25);

	// Short enough that racers waiting behind a finished migration go on within ~0.1 s; a
	// try-lock
	// round trip ten times a second per waiting instance costs the server nothing
	// measurable.
	private static final Duration MAX_POLL = Duration.ofMillis(100);

	private static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * Random tokens tried before giving up: one is taken unless other sessions happen to
	 * hold advisory locks on the same random keys.
	 */
	private static final int TOKEN_ATTEMPTS = 5;

	/**
	 * Tries the lock and names the session in one round trip: the name is read before it
	 * is set (the select list is evaluated left to right), so the first poll returns the
	 * name to restore.
	 */
	private static final String TRY_LOCK = "SELECT k, pg_catalog.pg_try_advisory_lock(k), pg_catalog.current_setting('application_name'), "
			+ "pg_catalog.set_config('application_name', ?, false) FROM "
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

	private final Token token;

	private MigrationLock(Connection connection, long key, Duration waited, String previousApplicationName,
			Token token) {
		this.connection = connection;
		this.key = key;
		this.waited = waited;
		this.previousApplicationName = previousApplicationName;
		this.token = token;
	}

	/** The two keys of the token lock ({@code pg_advisory_lock(int, int)}). */
	private record Token(int high, int low) {
	}

	/**
	 * Takes the lock on {@code connection}, which the lock then owns and closes. The
	 * session's {@code application_name} is set to {@code applicationName} while the lock
	 * is held so that a waiting instance can name the holder; it is restored on release
	 * (the connection may be pooled).
	 * @throws LockWaitTimeoutException naming the holder when {@code waitTimeout} passes
	 */
	public static MigrationLock acquire(Connection connection, String applicationName, StateTableNames names,
			Duration waitTimeout, Listeners listeners) {
		LockOutcome<Void> outcome = acquire(connection, applicationName, names, waitTimeout, listeners,
				Optional::empty);
		return ((LockOutcome.Acquired<Void>) outcome).lock();
	}

	/** Asked between polls while another session holds the lock. */
	@FunctionalInterface
	public interface WhileWaiting<T> {

		/**
		 * The run's result when waiting has become pointless (another instance already
		 * did the work), else empty.
		 */
		Optional<T> doneMeanwhile() throws SQLException;

	}

	/**
	 * Like {@link #acquire(Connection, String, StateTableNames, Duration, Listeners)},
	 * but between polls asks {@code whileWaiting} and gives up, closing the connection,
	 * once it returns a result. Instances that start together and find the lock taken can
	 * then finish as soon as the holder's work is committed, instead of taking the lock
	 * one after the other only to find nothing left to do. What {@code whileWaiting}
	 * throws is thrown as it is.
	 */
	public static <T> LockOutcome<T> acquire(Connection connection, String applicationName, StateTableNames names,
			Duration waitTimeout, Listeners listeners, WhileWaiting<T> whileWaiting) {
		long start = System.nanoTime();
		boolean handedOver = false;
		try (PreparedStatement tryLock = prepare(connection, applicationName, names, start, listeners)) {
			String previousApplicationName = null;
			Duration pause = FIRST_POLL;
			boolean logged = false;
			while (true) {
				Attempt attempt = attempt(connection, tryLock, start, listeners);
				if (previousApplicationName == null) {
					previousApplicationName = attempt.applicationName();
				}
				Duration waited = Duration.ofNanos(System.nanoTime() - start);
				if (attempt.acquired()) {
					Token token = takeToken(connection);
					listeners.lockAcquired(waited);
					handedOver = true;
					return new LockOutcome.Acquired<>(
							new MigrationLock(connection, attempt.key(), waited, previousApplicationName, token));
				}
				if (waited.compareTo(waitTimeout) >= 0) {
					LockWaitTimeoutException timeout = new LockWaitTimeoutException(waited,
							holderOrNull(connection, attempt.key()));
					listeners.lockFailed(waited, timeout);
					throw timeout;
				}
				if (!logged) {
					ProgressLog.info(log, "Waiting for the migration lock held by {}",
							holderOrNull(connection, attempt.key()));
					logged = true;
				}
				else {
					Optional<T> done = askWhileWaiting(whileWaiting);
					if (done.isPresent()) {
						ProgressLog.info(log,
								"Stopped waiting for the migration lock after {} ms: nothing is left to do",
								waited.toMillis());
						return new LockOutcome.DoneMeanwhile<>(done.get());
					}
				}
				Duration remaining = waitTimeout.minus(waited);
				sleep(pause.compareTo(remaining) < 0 ? pause : remaining, listeners, start);
				pause = pause.multipliedBy(2).compareTo(MAX_POLL) < 0 ? pause.multipliedBy(2) : MAX_POLL;
			}
		}
		catch (SQLException ex) {
			// Taking the token or closing the statement failed: the connection is
			// broken, or is closed below, which drops any lock.
			throw failed(new MigrateException("Could not take the migration lock: " + ex.getMessage(), ex), listeners,
					start);
		}
		finally {
			if (!handedOver) {
				// Timed out, interrupted, broken or done meanwhile: the connection is
				// ours
				// to close, which also drops any lock a half-finished try-lock might have
				// taken.
				closeQuietly(connection);
			}
		}
	}

	/**
	 * Takes the run's token (see the class comment) on the lock session that has just
	 * taken the lock.
	 */
	private static Token takeToken(Connection connection) throws SQLException {
		try (PreparedStatement take = connection.prepareStatement("SELECT pg_catalog.pg_try_advisory_lock(?, ?)")) {
			for (int attempt = 0; attempt < TOKEN_ATTEMPTS; attempt++) {
				Token token = new Token(ThreadLocalRandom.current().nextInt(), ThreadLocalRandom.current().nextInt());
				take.setInt(1, token.high());
				take.setInt(2, token.low());
				try (ResultSet rs = take.executeQuery()) {
					rs.next();
					if (rs.getBoolean(1)) {
						return token;
					}
				}
			}
		}
		throw new SQLException("other sessions held every advisory lock tried as the run's token (" + TOKEN_ATTEMPTS
				+ " random keys)");
	}

	/** One try-lock round trip's answer. */
	private record Attempt(long key, boolean acquired, String applicationName) {
	}

	/**
	 * Protects the lock session from the server's own timeouts (a database-level
	 * {@code idle_session_timeout} would otherwise end it while a long revision runs, and
	 * a second instance would take the lock) and prepares the try-lock.
	 */
	private static PreparedStatement prepare(Connection connection, String applicationName, StateTableNames names,
			long start, Listeners listeners) {
		try {
			boolean idleSessionTimeout = connection.getMetaData().getDatabaseMajorVersion() >= 14;
			try (Statement protect = connection.createStatement()) {
				protect.execute("SELECT pg_catalog.set_config('statement_timeout', '0', false), "
						+ "pg_catalog.set_config('lock_timeout', '0', false), "
						+ "pg_catalog.set_config('idle_in_transaction_session_timeout', '0', false)"
						+ (idleSessionTimeout ? ", pg_catalog.set_config('idle_session_timeout', '0', false)" : ""));
			}
			PreparedStatement tryLock = connection.prepareStatement(TRY_LOCK);
			tryLock.setString(1, applicationName);
			tryLock.setString(2, names.schema());
			tryLock.setString(3, names.versionTable());
			return tryLock;
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw failed(new MigrateException("Could not take the migration lock: " + ex.getMessage(), ex), listeners,
					start);
		}
	}

	private static Attempt attempt(Connection connection, PreparedStatement tryLock, long start, Listeners listeners) {
		try (ResultSet rs = tryLock.executeQuery()) {
			rs.next();
			return new Attempt(rs.getLong(1), rs.getBoolean(2), rs.getString(3));
		}
		catch (SQLException ex) {
			throw failed(new MigrateException("Could not take the migration lock: " + ex.getMessage(), ex), listeners,
					start);
		}
	}

	private static LockHolder holderOrNull(Connection connection, long key) {
		try {
			return holder(connection, key);
		}
		catch (SQLException ex) {
			log.debug("Could not name the lock holder", ex);
			return null;
		}
	}

	private static <T> Optional<T> askWhileWaiting(WhileWaiting<T> whileWaiting) {
		try {
			return whileWaiting.doneMeanwhile();
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Could not read the migration state while waiting for the lock: " + ex.getMessage(), ex);
		}
	}

	private static MigrateException failed(MigrateException error, Listeners listeners, long start) {
		listeners.lockFailed(Duration.ofNanos(System.nanoTime() - start), error);
		return error;
	}

	/**
	 * Proof, inside the caller's transaction on another connection, that this lock is
	 * still held: a query that returns one row only while the lock's session holds the
	 * run's token, i.e. while it is alive and holds the lock. Each state write carries
	 * it, so a run whose lock session was terminated ({@code pg_terminate_backend},
	 * {@code idle_session_timeout}, a network failure) stops before it writes instead of
	 * racing the instance that took the lock over. When the lock is lost, the try-lock
	 * takes the token for the caller's transaction, which the caller then rolls back.
	 */
	public SqlCommand stillHeld() {
		return SqlCommand.fence("SELECT 1 WHERE NOT pg_catalog.pg_try_advisory_xact_lock(?, ?)", token.high(),
				token.low());
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
		try {
			// A lock backend that stopped answering must not hang the process after the
			// run: closing the socket releases the lock anyway.
			connection.setNetworkTimeout(Runnable::run, (int) RELEASE_TIMEOUT.toMillis());
		}
		catch (SQLException | RuntimeException ex) {
			log.debug("Could not bound the lock release", ex);
		}
		// The token first (the select list runs left to right): it must never outlive the
		// lock, or it would vouch for a lock that is gone.
		try (PreparedStatement unlock = connection.prepareStatement(
				"SELECT pg_catalog.pg_advisory_unlock(?, ?), pg_catalog.pg_advisory_unlock(?), pg_catalog.set_config('application_name', ?, false)")) {
			unlock.setInt(1, token.high());
			unlock.setInt(2, token.low());
			unlock.setLong(3, key);
			unlock.setString(4, previousApplicationName);
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

	private static void sleep(Duration duration, Listeners listeners, long start) {
		try {
			Thread.sleep(Math.max(1, duration.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failed(new MigrateException("Interrupted while waiting for the migration lock", ex), listeners,
					start);
		}
	}

}

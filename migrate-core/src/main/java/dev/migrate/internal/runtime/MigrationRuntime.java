package dev.migrate.internal.runtime;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.RunInfo;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Connects commands to the database: {@link #startWrite} begins a command that changes it
 * (the command then takes the lock and re-reads the state under it, step by step, through
 * the returned {@link WriteRun}), and {@link #read} runs one that only looks.
 */
public final class MigrationRuntime {

	private final MigrateConfig config;

	private final ConnectionSource connections;

	private final StateStore store;

	private final Listeners listeners;

	private final RevisionFacts facts;

	private final AtomicReference<@Nullable RunRow> lastRun = new AtomicReference<>();

	private volatile @Nullable StateStore qualifiedStore;

	public MigrationRuntime(MigrateConfig config, RevisionFacts facts) {
		this.config = config;
		this.connections = new ConnectionSource(config);
		this.store = new StateStore(StateTableNames.of(config), config.lockTimeout());
		this.listeners = new Listeners(config.listeners());
		this.facts = facts;
	}

	/** Work that only reads. */
	@FunctionalInterface
	public interface ReadWork<T> {

		T run(Connection connection, StateStore store) throws SQLException;

	}

	/** The configured listeners, for commands that report phases. */
	public Listeners listeners() {
		return this.listeners;
	}

	public StateStore store() {
		return store;
	}

	public RevisionFacts facts() {
		return facts;
	}

	/**
	 * Starts a command that changes the database: listeners see the run start, and the
	 * migration connection is opened (it also serves the lock-free quick check, so a run
	 * with work to do costs two connections, migration and lock, and a no-op run one).
	 * The session is protected from idle timeouts only once the run goes for the lock
	 * ({@link WriteRun#lock}): a no-op start reads and leaves, a round trip to set the
	 * timeouts and one to put them back the fewer. The command goes on with the returned
	 * {@link WriteRun} and ends it with {@link WriteRun#finished} or
	 * {@link WriteRun#failed}.
	 */
	public WriteRun startWrite(String command, String target) {
		RunInfo run = new RunInfo(command, target, Instant.now());
		long start = System.nanoTime();
		listeners.runStarted(run);
		Connection connection = null;
		try {
			connection = connections.open(HostName.applicationName(command));
			return new WriteRun(config, connections, listeners, facts, lastRun::set, run, start, connection,
					store(connection));
		}
		catch (SQLException | RuntimeException ex) {
			RuntimeException error = (ex instanceof RuntimeException runtime) ? runtime
					: new MigrateException(command + " failed: " + ex.getMessage(), ex);
			closeQuietly(connection, error);
			finish(run, start, List.of(), error);
			throw error;
		}
	}

	private static void closeQuietly(Connection connection, Throwable failure) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				failure.addSuppressed(ex);
			}
		}
	}

	/** Opens a connection without the lock for commands that only read. */
	public <T> T read(ReadWork<T> work) {
		try (Connection connection = connections.open(HostName.applicationName("read"))) {
			return work.run(connection, store(connection));
		}
		catch (SQLException ex) {
			MigrateException explained = StateTableErrors.explain(ex, stateTables(), config.user());
			throw (explained != null) ? explained : new MigrateException(
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
		if (resolved != null || store.names().schema() != null) {
			return storeIn(null);
		}
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
			rs.next();
			return storeIn(rs.getString(1));
		}
	}

	/**
	 * Like {@link #store(Connection)}, with the connection's {@code current_schema()}
	 * already read ({@code currentSchema}, null when its search_path names no schema).
	 */
	private StateStore storeIn(@Nullable String currentSchema) {
		StateStore resolved = qualifiedStore;
		if (resolved == null) {
			if (store.names().schema() != null) {
				resolved = store;
			}
			else {
				if (currentSchema == null) {
					throw new MigrateException("The connection has no current schema (its search_path names no "
							+ "schema that exists), so migrate cannot tell where " + store.versionTable().name()
							+ " belongs; set migrate.schema (--schema) or fix the search_path");
				}
				resolved = store.withNames(store.names().withSchema(currentSchema, false));
			}
			qualifiedStore = resolved;
		}
		return resolved;
	}

	/** The state tables' names, schema-qualified once the schema is known. */
	private StateTableNames stateTables() {
		StateStore resolved = qualifiedStore;
		return ((resolved != null) ? resolved : store).names();
	}

	/** The last {@link #write} run of this instance, or null. */
	public @Nullable RunRow lastRun() {
		return lastRun.get();
	}

	private void finish(RunInfo run, long start, List<StepRow> applied, @Nullable Throwable error) {
		RunRow row = new RunRow(run, Duration.ofNanos(System.nanoTime() - start), applied, error);
		lastRun.set(row);
		listeners.runFinished(row);
	}

}

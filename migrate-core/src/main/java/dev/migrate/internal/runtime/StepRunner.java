package dev.migrate.internal.runtime;

import dev.migrate.Direction;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.TransactionMode;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.internal.execution.AutocommitTransitions;
import dev.migrate.internal.execution.JdbcOperationExecutor;
import dev.migrate.internal.execution.StatementFailedException;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.ops.Operations;
import dev.migrate.internal.execution.SchemaPlaceholder;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.SqlMigration;
import dev.migrate.internal.source.TransactionControl;
import dev.migrate.result.HistoryRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of a plan on the migration connection and records each in the state
 * tables.
 *
 * <ul>
 * <li>per-revision mode: each transactional revision runs in its own transaction together
 * with its version and history rows. A non-transactional revision is first recorded as
 * started (a history row with {@code success} NULL, committed), runs in autocommit while
 * the statements that completed are noted in that row, then its version row and the
 * finished history row are written in a short transaction of their own; a failure or an
 * interruption leaves the row unfinished, which blocks later runs until {@code resolve}
 * records the operator's decision;</li>
 * <li>an autocommit block in a transactional revision commits the revision's transaction
 * so far together with the revision's started row, runs in autocommit, and begins a new
 * transaction for the rest, which finishes the row with the version row; a failure after
 * the first commit leaves the row unfinished, as for a non-transactional revision (see
 * {@link BlockCommits});</li>
 * <li>mode all: one transaction for every step (the caller has refused non-transactional
 * steps and autocommit blocks).</li>
 * </ul>
 * Every state write carries the lock's fence ({@link MigrationLock#stillHeld()}): a run
 * that lost the lock stops before it records anything. Before the state rows are written,
 * and so after every revision, the session is reset to the run's own role, search_path
 * and timeouts, so a revision's {@code SET ROLE} or {@code SET search_path} reaches
 * neither migrate's rows nor the next revision. Recording a failure bounds its own
 * transaction by the lock timeout (10 s when none is set), so a blocker on the history
 * table delays the error by that long at most; when the migration connection is broken,
 * the failure is recorded over a new one. A transactional revision's state rows are
 * written with statements the session prepared once for the run
 * ({@link PreparedStateWrites}); in transaction mode all they are plain statements, as a
 * savepoint per revision would pile up subtransactions in the one transaction.
 */
public final class StepRunner {

	private static final Logger log = LoggerFactory.getLogger(StepRunner.class);

	private static final Duration DEFAULT_STATE_WRITE_TIMEOUT = Duration.ofSeconds(10);

	private final Connection connection;

	private final StateStore store;

	private final MigrateConfig config;

	private final Listeners listeners;

	private final RevisionFacts facts;

	private final String host;

	private final MigrationLock lock;

	private final ConnectionSource connections;

	private final List<StepRow> applied = new ArrayList<>();

	private final Dialect dialect;

	private @Nullable SessionSettings previous;

	/** The revisions' state writes, prepared once per run (see the class). */
	private final PreparedStateWrites preparedWrites = new PreparedStateWrites();

	private boolean historyTableUpgraded;

	public StepRunner(Connection connection, StateStore store, MigrateConfig config, Listeners listeners,
			RevisionFacts facts, String host, MigrationLock lock, ConnectionSource connections) {
		this.connection = connection;
		this.store = store;
		this.config = config;
		this.listeners = listeners;
		this.facts = facts;
		this.host = host;
		this.lock = lock;
		this.connections = connections;
		this.dialect = PostgresDialect.forConnection(connection);
	}

	/**
	 * Steps that completed so far (committed, or part of the still-open transaction in
	 * mode all).
	 */
	public List<StepRow> applied() {
		return List.copyOf(applied);
	}

	/**
	 * Runs every step; throws the first failure after recording it. The socket timeout is
	 * lifted meanwhile: revision statements and their commits may take hours.
	 */
	public List<StepRow> run(MigrationPlan plan) throws SQLException {
		if (plan.isEmpty()) {
			return List.of();
		}
		return ConnectionSource.withoutSocketTimeout(connection, () -> runSteps(plan));
	}

	private List<StepRow> runSteps(MigrationPlan plan) throws SQLException {
		// Decide every step's transactionality first: a revision declared transactional
		// with an operation that cannot run in a transaction is refused before the first
		// step runs.
		for (MigrationStep step : plan.steps()) {
			facts.transactional(step.revision(), step.direction(), dialect);
		}
		previous = setRevisionTimeouts();
		try {
			if (config.transactionMode() == TransactionMode.ALL) {
				runAllInOneTransaction(plan);
			}
			else {
				for (MigrationStep step : plan.steps()) {
					if (facts.transactional(step.revision(), step.direction(), dialect)) {
						runInTransaction(step);
					}
					else {
						runInAutocommit(step);
					}
				}
			}
		}
		finally {
			restoreSettings(previous);
			if (!connections.ownsSessions()) {
				preparedWrites.deallocate(connection);
			}
		}
		return applied();
	}

	/**
	 * Splits the statements of every SQL revision in the plan (files are split lazily,
	 * see {@link SqlMigration}), so that a script error stops the command before its
	 * first step runs. A transactional revision with a top-level {@code COMMIT},
	 * {@code ROLLBACK} or the like is refused here too, before anything runs.
	 */
	static void splitSqlFirst(MigrationPlan plan) {
		for (MigrationStep step : plan.steps()) {
			if (step.revision().migration() instanceof SqlMigration sql) {
				if (sql.transactional()) {
					// Statement by statement: a large file is read again rather than held
					// (this pass then counts as its check below).
					sql.forEachStatement(step.direction(), statement -> {
						if (TransactionControl.command(statement.sql()).isPresent()) {
							throw TransactionControl.refused(step.revision().id(), statement);
						}
					});
				}
				sql.splitStatements();
			}
		}
	}

	/**
	 * A transactional revision: one transaction with its version and history rows. An
	 * autocommit block in it commits the part before (see {@link BlockCommits}); from
	 * then on the revision is recorded as started, and its last transaction finishes that
	 * row instead of inserting one.
	 */
	private void runInTransaction(MigrationStep step) throws SQLException {
		long start = System.nanoTime();
		Instant startedAt = Instant.now();
		listeners.stepStarted(step);
		connection.setAutoCommit(false);
		String id = step.revision().id();
		String direction = step.direction().label();
		BlockCommits blocks = new BlockCommits(connection, store,
				executed -> firstBlockCommit(step, startedAt, start, executed),
				executed -> List.of(localStateReset(), lock.stillHeld(),
						store.historyTable().progress(id, direction, executed)),
				executed -> recordProgress(id, direction, executed));
		JdbcOperationExecutor executor = new JdbcOperationExecutor(connection, dialect, blocks::statementCompleted,
				blocks);
		try {
			execute(step, executor);
			if (blocks.committedAny()) {
				store.write(connection, finishWrites(step, start, executor.executedStatements()));
				connection.commit();
			}
			else {
				preparedWrites.writeAndCommit(connection, store, stateWrites(step, startedAt, start));
			}
		}
		catch (RuntimeException | SQLException ex) {
			rollbackQuietly();
			autocommitQuietly();
			if (blocks.committedAny()) {
				throw fail(step, startedAt, start, ex, false, blocks.committedOf(executor.executedStatements()), false,
						step.headsBefore(), true);
			}
			throw fail(step, startedAt, start, ex, true, executor.executedStatements(), false, step.headsBefore(),
					false);
		}
		connection.setAutoCommit(true);
		finished(step, start);
	}

	/**
	 * Committed with the part of a transactional revision before its first autocommit
	 * block: the started row, so that what becomes permanent is on record in the same
	 * commit. Under the run's own role and timeouts for this transaction only: after the
	 * commit the block runs with the session as the revision left it.
	 */
	private List<SqlCommand> firstBlockCommit(MigrationStep step, Instant startedAt, long start,
			List<String> executed) {
		List<SqlCommand> commands = new ArrayList<>();
		commands.add(localStateReset());
		if (!historyTableUpgraded) {
			commands.add(store.historyTable().upgradeSql());
			historyTableUpgraded = true;
		}
		commands.add(lock.stillHeld());
		commands.add(store.historyTable().insertStarted(historyRow(step, startedAt, start)));
		commands.add(store.historyTable().progress(step.revision().id(), step.direction().label(), executed));
		return commands;
	}

	/**
	 * A non-transactional revision: recorded as started (committed) before its first
	 * statement, its progress noted after each statement, finished with its version row.
	 */
	private void runInAutocommit(MigrationStep step) throws SQLException {
		long start = System.nanoTime();
		Instant startedAt = Instant.now();
		listeners.stepStarted(step);
		recordStarted(step, startedAt, start);
		String direction = step.direction().label();
		// Already in autocommit: a block (seen only after raw JDBC, or the recording
		// would have refused it) has nothing to end and just runs.
		JdbcOperationExecutor executor = new JdbcOperationExecutor(connection, dialect,
				completed -> recordProgress(step.revision().id(), direction, completed), AutocommitTransitions.NONE);
		try {
			execute(step, executor);
		}
		catch (RuntimeException ex) {
			throw fail(step, startedAt, start, ex, false, executor.executedStatements(), false, step.headsBefore(),
					false);
		}
		connection.setAutoCommit(false);
		try {
			store.write(connection, finishWrites(step, start, executor.executedStatements()));
			connection.commit();
		}
		catch (RuntimeException | SQLException ex) {
			rollbackQuietly();
			autocommitQuietly();
			throw fail(step, startedAt, start, ex, false, executor.executedStatements(), true, step.headsBefore(),
					false);
		}
		connection.setAutoCommit(true);
		finished(step, start);
	}

	/**
	 * Commits the started row, with the lock's fence, before the first statement runs.
	 * Nothing has run when this fails, and the error says so.
	 */
	private void recordStarted(MigrationStep step, Instant startedAt, long start) throws SQLException {
		List<SqlCommand> commands = new ArrayList<>();
		if (!historyTableUpgraded) {
			commands.add(store.historyTable().upgradeSql());
		}
		commands.add(lock.stillHeld());
		commands.add(store.historyTable().insertStarted(historyRow(step, startedAt, start)));
		connection.setAutoCommit(false);
		try {
			store.write(connection, commands);
			connection.commit();
			historyTableUpgraded = true;
		}
		catch (RuntimeException | SQLException ex) {
			rollbackQuietly();
			autocommitQuietly();
			RuntimeException error = new MigrateException("Revision " + step.revision().id() + " (non-transactional)"
					+ " was not started: recording its start in " + store.historyTable().name() + " failed: "
					+ ex.getMessage() + "\nNone of its statements ran; the database stays at "
					+ describe(step.headsBefore()) + ".", ex);
			listeners.stepFinished(step, elapsed(start), error);
			throw error;
		}
		connection.setAutoCommit(true);
	}

	/**
	 * Notes the statements that completed in the started row, so that a kill or a lost
	 * connection still leaves a record of them. Best effort: a revision that switched to
	 * a role without rights on the history table is not failed for it.
	 */
	private void recordProgress(String revision, String direction, List<String> completed) {
		try {
			store.write(connection, List.of(store.historyTable().progress(revision, direction, completed)));
		}
		catch (SQLException | RuntimeException ex) {
			log.debug("Could not note the progress of {} in {}", revision, store.historyTable().name(), ex);
		}
	}

	private void runAllInOneTransaction(MigrationPlan plan) throws SQLException {
		connection.setAutoCommit(false);
		MigrationStep current = null;
		long start = System.nanoTime();
		Instant startedAt = Instant.now();
		JdbcOperationExecutor executor = null;
		try {
			for (MigrationStep step : plan.steps()) {
				current = step;
				start = System.nanoTime();
				startedAt = Instant.now();
				listeners.stepStarted(step);
				executor = new JdbcOperationExecutor(connection, dialect);
				execute(step, executor);
				store.write(connection, stateWrites(step, startedAt, start));
				finished(step, start);
			}
			connection.commit();
		}
		catch (RuntimeException | SQLException ex) {
			rollbackQuietly();
			autocommitQuietly();
			// Everything, including the steps that had succeeded, was rolled back: the
			// database is where the run started, not where the failing step started.
			applied.clear();
			throw fail(current, startedAt, start, ex, true,
					executor == null ? List.of() : executor.executedStatements(), false,
					plan.steps().get(0).headsBefore(), false);
		}
		connection.setAutoCommit(true);
	}

	private void execute(MigrationStep step, JdbcOperationExecutor executor) {
		Operations operations = new Operations(new SchemaPlaceholder(executor, config.schema()));
		RevisionScript revision = step.revision();
		ProgressLog.info(log, "{} {}{}", step.direction() == Direction.UPGRADE ? "Upgrading to" : "Downgrading",
				revision.id(), revision.message().isEmpty() ? "" : " (" + revision.message() + ")");
		try {
			if (step.direction() == Direction.UPGRADE) {
				revision.migration().upgrade(operations);
			}
			else {
				revision.migration().downgrade(operations);
			}
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new MigrateException(ex.toString(), ex);
		}
	}

	/**
	 * The session reset, the lock's fence, then the step's version and history rows. The
	 * version-row counts are checked before the commit: a version row someone changed
	 * outside the lock rolls the step back instead of being committed with it. They are
	 * written under the revision timeouts: they touch only migrate's own tables while the
	 * migration lock is held, so nothing waits on them; should they time out, the
	 * revision's transaction rolls back and a retry applies it.
	 */
	private List<SqlCommand> stateWrites(MigrationStep step, Instant startedAt, long start) {
		List<SqlCommand> commands = new ArrayList<>(sessionReset());
		commands.add(lock.stillHeld());
		commands.addAll(store.versionTable().changes(step.headsBefore(), step.headsAfter()));
		commands.add(store.historyTable().insert(historyRow(step, startedAt, start)));
		return commands;
	}

	/**
	 * The writes that finish a revision recorded as started (non-transactional, or past
	 * an autocommit block): the session reset, the lock's fence, the version row and the
	 * started row marked successful with every statement that ran.
	 */
	private List<SqlCommand> finishWrites(MigrationStep step, long start, List<String> executed) {
		List<SqlCommand> commands = new ArrayList<>(sessionReset());
		commands.add(lock.stillHeld());
		commands.addAll(store.versionTable().changes(step.headsBefore(), step.headsAfter()));
		commands.add(store.historyTable()
			.finishStarted(step.revision().id(), step.direction().label(), true, elapsed(start).toMillis(), null,
					executed));
		return commands;
	}

	/**
	 * The run's own role, search_path and timeouts for the current transaction only
	 * ({@code set_config(..., true)}): the state rows committed before an autocommit
	 * block are written with them, and the session is back to the revision's settings
	 * after the commit.
	 */
	private SqlCommand localStateReset() {
		return SqlCommand
			.of("SELECT pg_catalog.set_config('role', ?, true), pg_catalog.set_config('search_path', ?, true), "
					+ "pg_catalog.set_config('lock_timeout', ?, true), pg_catalog.set_config('statement_timeout', ?, true)",
					SqlCommand.ANY_ROWS, previous.role(), previous.searchPath(), millis(config.lockTimeout()),
					(config.statementTimeout() != null) ? millis(config.statementTimeout())
							: previous.statementTimeout());
	}

	/**
	 * Back to the run's own role, search_path and timeouts: whatever a revision set with
	 * {@code SET ROLE}, {@code SET search_path} or {@code SET statement_timeout} ends
	 * with it.
	 */
	private List<SqlCommand> sessionReset() {
		return List.of(SqlCommand
			.of("SELECT pg_catalog.set_config('role', ?, false), pg_catalog.set_config('search_path', ?, false), "
					+ "pg_catalog.set_config('lock_timeout', ?, false), pg_catalog.set_config('statement_timeout', ?, false)",
					SqlCommand.ANY_ROWS, previous.role(), previous.searchPath(), millis(config.lockTimeout()),
					(config.statementTimeout() != null) ? millis(config.statementTimeout())
							: previous.statementTimeout()));
	}

	/** The row of a step that completed (or, for a non-transactional one, started). */
	private HistoryRecord historyRow(MigrationStep step, Instant startedAt, long start) {
		RevisionScript revision = step.revision();
		return new HistoryRecord(0, revision.id(), step.direction().label(), List.copyOf(step.headsBefore()),
				List.copyOf(step.headsAfter()), facts.checksum(revision), revision.message(), startedAt,
				elapsed(start).toMillis(), true, null, null, host, config.appVersion());
	}

	/**
	 * The row of a rolled-back step: from and to are both the heads the database is left
	 * at ({@code headsNow} of {@link #fail}), which in transaction mode all are the run's
	 * starting heads rather than the failing step's.
	 */
	private HistoryRecord failureRow(MigrationStep step, Instant startedAt, long start, String error,
			List<String> headsNow) {
		RevisionScript revision = step.revision();
		return new HistoryRecord(0, revision.id(), step.direction().label(), headsNow, headsNow,
				facts.checksum(revision), revision.message(), startedAt, elapsed(start).toMillis(), false, error, null,
				host, config.appVersion());
	}

	private void finished(MigrationStep step, long start) {
		Duration duration = elapsed(start);
		applied.add(new StepRow(step.revision().id(), step.revision().message(), step.revision().parents(),
				step.direction(), step.headsBefore(), step.headsAfter(), duration));
		listeners.stepFinished(step, duration, null);
	}

	/**
	 * Builds the user-facing error, records the failure in its own transaction (over a
	 * new connection when the migration connection is broken), and tells listeners.
	 * @param rolledBack whether the step's statements were rolled back
	 * @param completed statements of the step that completed
	 * @param recordingFailed whether every statement completed and only recording failed
	 * @param headsNow the heads the database records after the failure: the step's heads
	 * before it, or in transaction mode all the heads the whole run started from
	 * @param blockCommitted whether a transactional revision's autocommit block had
	 * committed part of it ({@code completed}); the rest was rolled back
	 */
	private RuntimeException fail(MigrationStep step, Instant startedAt, long start, Exception ex, boolean rolledBack,
			List<String> completed, boolean recordingFailed, Set<String> headsNow, boolean blockCommitted) {
		String statementAdvice = ex instanceof StatementFailedException failed && isValid(connection)
				? InvalidIndexes.advice(connection, failed.sql()) : null;
		RuntimeException error = FailureMessages.describe(step, ex, rolledBack, config.transactionMode(), completed,
				recordingFailed, store.historyTable().name(), headsNow, statementAdvice, blockCommitted);
		List<SqlCommand> commands = new ArrayList<>();
		if (previous != null) {
			commands.addAll(sessionReset());
		}
		commands.add(boundedTimeoutsForThisTransaction());
		if (rolledBack) {
			commands.add(store.historyTable()
				.insert(failureRow(step, startedAt, start, error.getMessage(), List.copyOf(headsNow))));
		}
		else {
			commands.add(store.historyTable()
				.finishStarted(step.revision().id(), step.direction().label(), false, elapsed(start).toMillis(),
						error.getMessage(), completed));
		}
		try {
			if (isValid(connection)) {
				writeFailure(connection, commands);
			}
			else {
				try (Connection fresh = connections.open(HostName.applicationName("record"))) {
					writeFailure(fresh, commands);
				}
			}
		}
		catch (SQLException | RuntimeException recordError) {
			log.warn("Could not record the failure of {} in {}: {}", step.revision().id(), store.historyTable().name(),
					recordError.getMessage());
			log.debug("Recording the failure failed", recordError);
			error.addSuppressed(recordError);
		}
		listeners.stepFinished(step, elapsed(start), error);
		return error;
	}

	private void writeFailure(Connection target, List<SqlCommand> commands) throws SQLException {
		target.setAutoCommit(false);
		try {
			store.write(target, commands);
			target.commit();
		}
		catch (SQLException | RuntimeException ex) {
			try {
				target.rollback();
			}
			catch (SQLException rollbackError) {
				ex.addSuppressed(rollbackError);
			}
			throw ex;
		}
		finally {
			try {
				target.setAutoCommit(true);
			}
			catch (SQLException ex) {
				log.debug("Could not switch autocommit back on", ex);
			}
		}
	}

	private static boolean isValid(Connection connection) {
		try {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * A session's settings as a run found them. Restored at its end; the role and
	 * search_path are also what every revision starts with.
	 */
	private record SessionSettings(String lockTimeout, String statementTimeout, String clientCheckInterval, String role,
			String searchPath) {
	}

	/**
	 * Sets the revision timeouts on the session and returns the previous settings. On
	 * PostgreSQL 14+ it also sets {@code client_connection_check_interval}, so that if
	 * this process dies mid-statement (kill -9) the server notices within a second and
	 * rolls the half-done revision back, instead of letting the orphaned statement run on
	 * holding its locks.
	 */
	private SessionSettings setRevisionTimeouts() throws SQLException {
		boolean checkClient = connection.getMetaData().getDatabaseMajorVersion() >= 14;
		String sql = "SELECT pg_catalog.current_setting('lock_timeout'), pg_catalog.current_setting('statement_timeout'), "
				+ (checkClient ? "pg_catalog.current_setting('client_connection_check_interval'), " : "'', ")
				+ "pg_catalog.current_setting('role'), pg_catalog.current_setting('search_path'), "
				// An unset statement timeout keeps the session's (the database's or
				// role's).
				+ "pg_catalog.set_config('lock_timeout', ?, false), "
				+ "pg_catalog.set_config('statement_timeout', coalesce(?, pg_catalog.current_setting('statement_timeout')), false)"
				+ (checkClient ? ", pg_catalog.set_config('client_connection_check_interval', '1000', false)" : "");
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, millis(config.lockTimeout()));
			statement.setString(2, (config.statementTimeout() != null) ? millis(config.statementTimeout()) : null);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return new SessionSettings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5));
			}
		}
	}

	private void restoreSettings(SessionSettings settings) {
		boolean checkClient = !settings.clientCheckInterval().isEmpty();
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT pg_catalog.set_config('lock_timeout', ?, false), pg_catalog.set_config('statement_timeout', ?, false), "
						+ "pg_catalog.set_config('role', ?, false), pg_catalog.set_config('search_path', ?, false)"
						+ (checkClient ? ", pg_catalog.set_config('client_connection_check_interval', ?, false)"
								: ""))) {
			statement.setString(1, settings.lockTimeout());
			statement.setString(2, settings.statementTimeout());
			statement.setString(3, settings.role());
			statement.setString(4, settings.searchPath());
			if (checkClient) {
				statement.setString(5, settings.clientCheckInterval());
			}
			statement.execute();
		}
		catch (SQLException ex) {
			log.debug("Could not restore the session's settings", ex);
		}
	}

	/**
	 * Bounds the failure record's own transaction by the lock timeout (10 s when none is
	 * set): the blocker that made the revision fail may still hold its locks, and the
	 * error must not wait for it indefinitely.
	 */
	private SqlCommand boundedTimeoutsForThisTransaction() {
		String bound = millis(config.lockTimeout().isZero() ? DEFAULT_STATE_WRITE_TIMEOUT : config.lockTimeout());
		return SqlCommand.of(
				"SELECT pg_catalog.set_config('lock_timeout', ?, true), pg_catalog.set_config('statement_timeout', ?, true)",
				SqlCommand.ANY_ROWS, bound, bound);
	}

	private static String millis(Duration duration) {
		return Long.toString(duration.toMillis());
	}

	private void autocommitQuietly() {
		try {
			connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			log.debug("Could not switch autocommit back on (the connection is broken)", ex);
		}
	}

	private void rollbackQuietly() {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			log.debug("Rollback failed", ex);
		}
	}

	private static String describe(Collection<String> heads) {
		return heads.isEmpty() ? "base" : String.join(", ", heads);
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}

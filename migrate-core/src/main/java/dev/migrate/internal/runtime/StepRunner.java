package dev.migrate.internal.runtime;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.TransactionMode;
import dev.migrate.result.AppliedStep;
import dev.migrate.result.HistoryRecord;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.ops.Operations;
import dev.migrate.internal.execution.JdbcOperationExecutor;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.SqlMigration;
import dev.migrate.internal.source.SqlStatement;
import dev.migrate.internal.source.TransactionControl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of a plan on the migration connection and records each in the state
 * tables.
 *
 * <ul>
 * <li>per-revision mode: each transactional revision runs in its own transaction together
 * with its version and history rows; a non-transactional revision runs in autocommit,
 * then its rows are written in a short transaction of their own;</li>
 * <li>mode all: one transaction for every step (the caller has refused non-transactional
 * steps).</li>
 * </ul>
 * {@code lock_timeout}/{@code statement_timeout} are set on the session for the run;
 * recording a failure switches them off for its own transaction, so the failure row is
 * written even while the blocker that caused it still holds its locks. A failed step is
 * rolled back and recorded as a {@code success=false} history row in its own transaction;
 * nothing after it runs.
 */
public final class StepRunner {

	private static final Logger log = LoggerFactory.getLogger(StepRunner.class);

	private final Connection connection;

	private final StateStore store;

	private final MigrateConfig config;

	private final Listeners listeners;

	private final RevisionFacts facts;

	private final String host;

	private final List<AppliedStep> applied = new ArrayList<>();

	private final Dialect dialect;

	public StepRunner(Connection connection, StateStore store, MigrateConfig config, Listeners listeners,
			RevisionFacts facts, String host) {
		this.connection = connection;
		this.store = store;
		this.config = config;
		this.listeners = listeners;
		this.facts = facts;
		this.host = host;
		this.dialect = PostgresDialect.forConnection(connection);
	}

	/**
	 * Steps that completed so far (committed, or part of the still-open transaction in
	 * mode all).
	 */
	public List<AppliedStep> applied() {
		return List.copyOf(applied);
	}

	/** Runs every step; throws the first failure after recording it. */
	public List<AppliedStep> run(MigrationPlan plan) throws SQLException {
		if (plan.isEmpty()) {
			return List.of();
		}
		String[] previous = setRevisionTimeouts();
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
			restoreTimeouts(previous);
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
				sql.splitStatements();
				if (sql.transactional()) {
					List<SqlStatement> statements = step.direction() == Direction.UPGRADE ? sql.upgradeStatements()
							: sql.downgradeStatements();
					Optional<SqlStatement> control = TransactionControl.first(statements);
					if (control.isPresent()) {
						throw TransactionControl.refused(step.revision().id(), control.get());
					}
				}
			}
		}
	}

	private void runInTransaction(MigrationStep step) throws SQLException {
		long start = System.nanoTime();
		Instant startedAt = Instant.now();
		listeners.stepStarted(step);
		connection.setAutoCommit(false);
		JdbcOperationExecutor executor = new JdbcOperationExecutor(connection, dialect);
		try {
			execute(step, executor);
			commitWithStateRows(step, startedAt, start);
		}
		catch (RuntimeException | SQLException ex) {
			rollbackQuietly();
			connection.setAutoCommit(true);
			throw fail(step, startedAt, start, ex, true);
		}
		connection.setAutoCommit(true);
		finished(step, start);
	}

	private void runInAutocommit(MigrationStep step) throws SQLException {
		long start = System.nanoTime();
		Instant startedAt = Instant.now();
		listeners.stepStarted(step);
		JdbcOperationExecutor executor = new JdbcOperationExecutor(connection, dialect);
		try {
			execute(step, executor);
		}
		catch (RuntimeException ex) {
			throw fail(step, startedAt, start, ex, false);
		}
		connection.setAutoCommit(false);
		try {
			commitWithStateRows(step, startedAt, start);
		}
		catch (RuntimeException | SQLException ex) {
			rollbackQuietly();
			connection.setAutoCommit(true);
			throw fail(step, startedAt, start, ex, false);
		}
		connection.setAutoCommit(true);
		finished(step, start);
	}

	private void runAllInOneTransaction(MigrationPlan plan) throws SQLException {
		connection.setAutoCommit(false);
		MigrationStep current = null;
		long start = System.nanoTime();
		Instant startedAt = Instant.now();
		try {
			for (MigrationStep step : plan.steps()) {
				current = step;
				start = System.nanoTime();
				startedAt = Instant.now();
				listeners.stepStarted(step);
				execute(step, new JdbcOperationExecutor(connection, dialect));
				store.write(connection, stateWrites(step, startedAt, start));
				finished(step, start);
			}
			connection.commit();
		}
		catch (RuntimeException | SQLException ex) {
			rollbackQuietly();
			connection.setAutoCommit(true);
			// Everything, including the steps that had succeeded, was rolled back.
			applied.clear();
			throw fail(current, startedAt, start, ex, true);
		}
		connection.setAutoCommit(true);
	}

	private void execute(MigrationStep step, JdbcOperationExecutor executor) {
		Operations operations = new Operations(executor);
		RevisionScript revision = step.revision();
		log.info("{} {}{}", step.direction() == Direction.UPGRADE ? "Upgrading to" : "Downgrading", revision.id(),
				revision.message().isEmpty() ? "" : " (" + revision.message() + ")");
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
	 * Writes the step's version and history rows and commits. The counts are checked
	 * before the commit: a version row someone changed outside the lock rolls the step
	 * back instead of being committed with it.
	 */
	private void commitWithStateRows(MigrationStep step, Instant startedAt, long start) throws SQLException {
		store.write(connection, stateWrites(step, startedAt, start));
		connection.commit();
	}

	/**
	 * The step's version and history rows. They are written under the revision timeouts:
	 * they touch only migrate's own tables while the migration lock is held, so nothing
	 * waits on them, and switching the timeouts off around them cost more (a
	 * {@code set_config} after DDL in the same transaction is re-planned every time) than
	 * the rows themselves. Should they ever time out, the revision's transaction rolls
	 * back and a retry applies it.
	 */
	private List<SqlCommand> stateWrites(MigrationStep step, Instant startedAt, long start) {
		List<SqlCommand> commands = new ArrayList<>(
				store.versionTable().changes(step.headsBefore(), step.headsAfter()));
		commands.add(store.historyTable().insert(historyRow(step, startedAt, start, true, null)));
		return commands;
	}

	private HistoryRecord historyRow(MigrationStep step, Instant startedAt, long start, boolean success, String error) {
		RevisionScript revision = step.revision();
		return new HistoryRecord(0, revision.id(), step.direction().label(), List.copyOf(step.headsBefore()),
				List.copyOf(success ? step.headsAfter() : step.headsBefore()), facts.checksum(revision),
				revision.message(), startedAt, elapsed(start).toMillis(), success, error, null, host,
				config.appVersion());
	}

	private void finished(MigrationStep step, long start) {
		Duration duration = elapsed(start);
		applied.add(new AppliedStep(step.revision().id(), step.revision().message(), step.revision().parents(),
				step.direction(), step.headsBefore(), step.headsAfter(), duration));
		listeners.stepFinished(step, duration, null);
	}

	/**
	 * Builds the user-facing error, records the failure in its own transaction, and tells
	 * listeners.
	 */
	private RuntimeException fail(MigrationStep step, Instant startedAt, long start, Exception ex, boolean rolledBack) {
		RuntimeException error = FailureMessages.describe(step, ex, rolledBack, config.transactionMode());
		try {
			connection.setAutoCommit(false);
			store.write(connection, List.of(timeoutsOffForThisTransaction(),
					store.historyTable().insert(historyRow(step, startedAt, start, false, error.getMessage()))));
			connection.commit();
			connection.setAutoCommit(true);
		}
		catch (SQLException | RuntimeException recordError) {
			rollbackQuietly();
			log.warn("Could not record the failure of {} in {}", step.revision().id(), store.historyTable().name(),
					recordError);
			error.addSuppressed(recordError);
		}
		listeners.stepFinished(step, elapsed(start), error);
		return error;
	}

	/**
	 * Sets the revision timeouts on the session and returns the previous values. On
	 * PostgreSQL 14+ it also sets {@code client_connection_check_interval}, so that if
	 * this process dies mid-statement (kill -9) the server notices within a second and
	 * rolls the half-done revision back, instead of letting the orphaned statement run on
	 * holding its locks.
	 */
	private String[] setRevisionTimeouts() throws SQLException {
		boolean checkClient = connection.getMetaData().getDatabaseMajorVersion() >= 14;
		String sql = "SELECT current_setting('lock_timeout'), current_setting('statement_timeout'), "
				+ (checkClient ? "current_setting('client_connection_check_interval'), " : "'', ")
				+ "set_config('lock_timeout', ?, false), set_config('statement_timeout', ?, false)"
				+ (checkClient ? ", set_config('client_connection_check_interval', '1000', false)" : "");
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, millis(config.lockTimeout()));
			statement.setString(2, millis(config.statementTimeout()));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return new String[] { rs.getString(1), rs.getString(2), rs.getString(3) };
			}
		}
	}

	private void restoreTimeouts(String[] previous) {
		boolean checkClient = !previous[2].isEmpty();
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT set_config('lock_timeout', ?, false), set_config('statement_timeout', ?, false)"
					+ (checkClient ? ", set_config('client_connection_check_interval', ?, false)" : ""))) {
			statement.setString(1, previous[0]);
			statement.setString(2, previous[1]);
			if (checkClient) {
				statement.setString(3, previous[2]);
			}
			statement.execute();
		}
		catch (SQLException ex) {
			log.debug("Could not restore the session's timeouts", ex);
		}
	}

	private static SqlCommand timeoutsOffForThisTransaction() {
		return SqlCommand.of("SELECT set_config('lock_timeout', '0', true), set_config('statement_timeout', '0', true)",
				SqlCommand.ANY_ROWS);
	}

	private static String millis(Duration duration) {
		return Long.toString(duration.toMillis());
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

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}

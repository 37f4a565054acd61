package dev.migrate.internal.execution;

import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationExecutor;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Executes operations on a connection: renders each through the {@link Dialect} and runs
 * the statements in order. {@link ExecuteSql} parameters are bound (not inlined), and a
 * {@link BulkInsert} runs as JDBC batches of one parameterized {@code INSERT}.
 *
 * <p>
 * It never commits, rolls back or changes auto-commit: the caller owns the transaction.
 * It does refuse, before sending anything, an operation that cannot run in a transaction
 * while the connection is in one, with a message that says how to declare the revision.
 */
public final class JdbcOperationExecutor implements OperationExecutor {

	private final Connection connection;

	private final Dialect dialect;

	private final List<String> executed = new ArrayList<>();

	private final Consumer<List<String>> onProgress;

	private final AutocommitTransitions transitions;

	private boolean inBlock;

	public JdbcOperationExecutor(Connection connection, Dialect dialect) {
		this(connection, dialect, executed -> {
		}, AutocommitTransitions.NONE);
	}

	/**
	 * @param onProgress told the statements run so far after each one completes (a
	 * non-transactional revision records them, so that an interruption still says what
	 * had run)
	 * @param transitions what ends the runner's transaction before an autocommit block
	 * and begins one after it ({@link AutocommitTransitions#NONE} when the connection
	 * runs in autocommit; a block is then refused should it find a transaction open)
	 */
	public JdbcOperationExecutor(Connection connection, Dialect dialect, Consumer<List<String>> onProgress,
			AutocommitTransitions transitions) {
		this.connection = Objects.requireNonNull(connection, "connection");
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.onProgress = Objects.requireNonNull(onProgress, "onProgress");
		this.transitions = Objects.requireNonNull(transitions, "transitions");
	}

	@Override
	public void apply(Operation operation) {
		if (!dialect.isTransactional(operation) && inTransaction()) {
			String sql = dialect.render(operation).get(0);
			throw new NonTransactionalOperationException(null, operation, sql, operation.getClass().getSimpleName()
					+ " cannot run inside a transaction, but the connection is in one:\n    " + sql
					+ "\nRun the revision outside a transaction: declare it Transactional.FALSE, or leave it AUTO and"
					+ " do not use raw JDBC before this operation (raw JDBC hides the operations that follow from"
					+ " the AUTO decision).");
		}
		if (operation instanceof ExecuteSql sql && !sql.parameters().isEmpty()) {
			executePrepared(sql);
		}
		else if (operation instanceof BulkInsert insert) {
			executeBatches(insert);
		}
		else {
			ExecuteSql raw = operation instanceof ExecuteSql s ? s : null;
			for (String statement : dialect.render(operation)) {
				execute(statement, raw);
			}
		}
	}

	@Override
	public Connection connection() {
		return connection;
	}

	/**
	 * Has the runner commit, runs the block's operations in autocommit, then has the
	 * runner begin a new transaction. A failure inside the block propagates with the
	 * connection left in autocommit: what the block ran has committed.
	 */
	@Override
	public void autocommitBlock(Runnable block) {
		if (inBlock) {
			throw AutocommitBoundary.nested(null);
		}
		try {
			transitions.beforeBlock(executedStatements());
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Could not commit the revision's transaction before its autocommit block: " + ex.getMessage(), ex);
		}
		if (inTransaction()) {
			throw new MigrateException("An autocommit block cannot run here: the connection is in a transaction"
					+ " that this executor's runner does not end (transaction mode all keeps the whole run in one"
					+ " transaction). Run with transaction mode per-revision.");
		}
		inBlock = true;
		try {
			block.run();
		}
		finally {
			inBlock = false;
		}
		try {
			transitions.afterBlock();
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Could not begin the transaction after the revision's autocommit block: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Statements this executor has run successfully, in order (bulk inserts: one entry
	 * per batch).
	 */
	public List<String> executedStatements() {
		return Collections.unmodifiableList(new ArrayList<>(executed));
	}

	private void execute(String sql, ExecuteSql source) {
		try (Statement statement = connection.createStatement()) {
			// What was rendered is what runs: no JDBC escape processing of {fn ...} and
			// the like.
			statement.setEscapeProcessing(false);
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw failure(sql, source, ex);
		}
		completed(sql);
	}

	private void completed(String statement) {
		executed.add(statement);
		onProgress.accept(Collections.unmodifiableList(executed));
	}

	private void executePrepared(ExecuteSql sql) {
		try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
			for (int i = 0; i < sql.parameters().size(); i++) {
				ParameterBinder.bind(statement, i + 1, sql.parameters().get(i));
			}
			statement.execute();
		}
		catch (SQLException ex) {
			throw failure(sql.sql(), sql, ex);
		}
		completed(sql.sql());
	}

	private void executeBatches(BulkInsert insert) {
		String sql = dialect.insertStatement(insert.table(), insert.columns());
		List<List<Object>> rows = insert.rows();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int from = 0; from < rows.size(); from += insert.batchSize()) {
				List<List<Object>> batch = rows.subList(from, Math.min(rows.size(), from + insert.batchSize()));
				for (List<Object> row : batch) {
					for (int i = 0; i < row.size(); i++) {
						ParameterBinder.bind(statement, i + 1, row.get(i));
					}
					statement.addBatch();
				}
				statement.executeBatch();
				completed(sql + " -- batch of " + batch.size() + " rows");
			}
		}
		catch (SQLException ex) {
			throw failure(sql, null, ex);
		}
	}

	private boolean inTransaction() {
		try {
			return !connection.getAutoCommit();
		}
		catch (SQLException ex) {
			throw new MigrateException("Could not read the connection's auto-commit mode: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A batch failure wraps the server's error as the next exception; that one says what
	 * went wrong.
	 */
	private StatementFailedException failure(String sql, ExecuteSql source, SQLException ex) {
		SQLException cause = ex instanceof BatchUpdateException && ex.getNextException() != null ? ex.getNextException()
				: ex;
		return new StatementFailedException(sql, source == null ? null : source.location(), executed, cause);
	}

}

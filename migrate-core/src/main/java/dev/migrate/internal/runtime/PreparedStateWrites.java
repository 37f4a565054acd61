package dev.migrate.internal.runtime;

import dev.migrate.internal.sql.PlaceholderInliner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state writes of one run's revisions as statements the session prepares once
 * ({@code PREPARE} / {@code EXECUTE} in SQL), so that each revision's write executes
 * plans the server already has.
 *
 * <p>
 * Why SQL rather than the driver's prepared statements: pgjdbc forgets every statement it
 * prepared on the server whenever a {@code CREATE}, {@code ALTER} or {@code DROP}
 * completes (its {@code flushCacheOnDdl}, so that a changed table cannot break a cached
 * plan's result type), so after each revision's DDL the state write was parsed and
 * planned anew: four statements, about 0.2 ms of server time per revision right after
 * DDL. The driver does not know of statements prepared in SQL; the server replans them
 * itself when a table they use changes, and migrate's statements return no rows whose
 * type could change.
 *
 * <p>
 * A revision may drop them ({@code DEALLOCATE ALL}, or {@code DISCARD ALL} in a
 * non-transactional one): the write runs inside a savepoint, and when an {@code EXECUTE}
 * finds its statement gone, it is rolled back to the savepoint and written again with
 * plain statements, and the next revision prepares its statements under new names. Names
 * carry a random prefix of the run, so neither a statement left on a pooled session nor
 * the application's own ones collide with them; on a DataSource's connection they are
 * deallocated when the run ends ({@link #deallocate}), on a connection opened from the
 * url the session ends with them.
 */
final class PreparedStateWrites {

	private static final Logger log = LoggerFactory.getLogger(PreparedStateWrites.class);

	private static final String UNDEFINED_PREPARED_STATEMENT = "26000";

	private static final String SAVEPOINT = "migrate_state_write";

	/** What a check made on the server fails with: division_by_zero. */
	private static final String CHECK_FAILED = "22012";

	/** A statement that {@code RETURNING} can follow. */
	private static final Pattern DATA_CHANGE = Pattern.compile("(?i)(UPDATE|DELETE|INSERT)\\s");

	/** The statement's SQL (with {@code ?} placeholders) to its name on the session. */
	private final Map<String, String> names = new HashMap<>();

	private final String prefix = "migrate_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
			+ "_";

	private int prepared;

	/**
	 * Executes {@code commands} inside the caller's transaction and commits it, in one
	 * round trip: a revision's statements and its state rows then cost the round trips of
	 * the statements and a commit, as by hand (on a database across a network, a round
	 * trip per revision saved). The checks {@link StateStore#write} makes on the client
	 * move to the server: the fence and each expected row count fail their statement
	 * (division by zero) when they do not hold, which skips the {@code COMMIT} sent
	 * behind them. The transaction is then rolled back to before the rows, and they are
	 * written again by {@link StateStore#write}, whose checks raise what failed
	 * ({@link LockLostException}, {@link dev.migrate.VersionTableConflictException}).
	 * Commands whose count cannot be checked on the server are written that way from the
	 * start, and committed after.
	 */
	void writeAndCommit(Connection connection, StateStore store, List<SqlCommand> commands) throws SQLException {
		List<String> sql = new ArrayList<>();
		Map<String, String> added = new HashMap<>();
		sql.add("SAVEPOINT " + SAVEPOINT);
		for (SqlCommand command : commands) {
			SqlCommand checked = checkedOnServer(command);
			if (checked == null) {
				store.write(connection, commands);
				connection.commit();
				return;
			}
			String name = names.get(checked.sql());
			if (name == null) {
				name = added.get(checked.sql());
			}
			if (name == null) {
				name = prefix + (++prepared);
				added.put(checked.sql(), name);
				sql.add("PREPARE " + name + " AS " + numbered(checked));
			}
			sql.add(execute(name, checked));
		}
		sql.add("COMMIT");
		try (Statement statement = connection.createStatement()) {
			statement.setEscapeProcessing(false);
			try {
				statement.execute(String.join(";\n", sql));
			}
			catch (SQLException ex) {
				// Some may have been prepared before the error: new names from now on.
				names.clear();
				if (UNDEFINED_PREPARED_STATEMENT.equals(ex.getSQLState())) {
					log.debug("The prepared state writes are gone (a revision deallocated them); writing without", ex);
				}
				else if (!CHECK_FAILED.equals(ex.getSQLState())) {
					throw ex;
				}
				rollBackToSavepoint(statement, ex);
				store.write(connection, commands);
				connection.commit();
				return;
			}
			names.putAll(added);
		}
	}

	/**
	 * Back to before the state rows, or {@code failure} when that is not possible: a
	 * {@code COMMIT} that failed (a deferred constraint of the revision) has ended the
	 * transaction, savepoint and all.
	 */
	private static void rollBackToSavepoint(Statement statement, SQLException failure) throws SQLException {
		try {
			statement.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
			throw failure;
		}
	}

	/**
	 * {@code command} as a statement that fails with {@link #CHECK_FAILED} when its check
	 * does not hold; the same command when there is nothing to check; null when the check
	 * cannot be made on the server.
	 */
	static @Nullable SqlCommand checkedOnServer(SqlCommand command) {
		int expected = command.expectedRows();
		if (expected == SqlCommand.ANY_ROWS) {
			return command;
		}
		String wrapped;
		if (expected == SqlCommand.FENCE) {
			// One row while the lock is held; none (1 / 0) once it is lost.
			wrapped = "SELECT 1 / (SELECT count(*) FROM (" + command.sql() + ") fence)";
		}
		else if (DATA_CHANGE.matcher(command.sql()).lookingAt()) {
			wrapped = "WITH changed AS (" + command.sql() + " RETURNING 1) SELECT 1 / (count(*) = " + expected
					+ ")::int FROM changed";
		}
		else {
			return null;
		}
		return new SqlCommand(wrapped, command.parameters(), SqlCommand.ANY_ROWS);
	}

	/**
	 * Deallocates this run's statements on a session that outlives the run (a
	 * DataSource's connection); best effort, as a pool discards a broken connection.
	 */
	void deallocate(Connection connection) {
		if (prepared == 0) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("DO $$DECLARE n text; BEGIN FOR n IN SELECT name FROM pg_catalog.pg_prepared_statements "
					+ "WHERE starts_with(name, '" + prefix + "') LOOP EXECUTE 'DEALLOCATE ' || "
					+ "pg_catalog.quote_ident(n); END LOOP; END$$");
			names.clear();
		}
		catch (SQLException ex) {
			log.debug("Could not deallocate the run's prepared state writes", ex);
		}
	}

	/** The command's SQL with {@code $1, $2, ...} in place of its placeholders. */
	private static String numbered(SqlCommand command) {
		List<Integer> positions = new ArrayList<>();
		for (int i = 1; i <= command.parameters().size(); i++) {
			positions.add(i);
		}
		return PlaceholderInliner.inline(command.sql(), positions, position -> "$" + position);
	}

	private static String execute(String name, SqlCommand command) {
		if (command.parameters().isEmpty()) {
			return "EXECUTE " + name;
		}
		List<String> arguments = new ArrayList<>();
		for (Object parameter : command.parameters()) {
			arguments.add(SqlCommand.literal(parameter));
		}
		return "EXECUTE " + name + "(" + String.join(", ", arguments) + ")";
	}

}

package dev.migrate.internal.runtime;

import dev.migrate.MigrateException;
import dev.migrate.VersionTableConflictException;
import dev.migrate.result.HistoryRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the version and history tables. Every run reads the whole state with
 * one round trip (heads plus each revision's last upgrade; a second one only when steps
 * are unfinished), and each step writes its version and history rows with one more, so
 * the cost per revision stays close to running its SQL by hand.
 */
public final class StateStore {

	private static final String UNDEFINED_TABLE = "42P01";

	private static final String LOCK_NOT_AVAILABLE = "55P03";

	/**
	 * What {@code CREATE ... IF NOT EXISTS} fails with when another session created the
	 * same object meanwhile: unique_violation (on the catalog), duplicate_table,
	 * duplicate_schema.
	 */
	private static final Set<String> CREATED_MEANWHILE = Set.of("23505", "42P07", "42P06");

	private static final int CREATE_ATTEMPTS = 3;

	/** How long a state read waits for a table lock when none is configured. */
	static final Duration DEFAULT_READ_LOCK_TIMEOUT = Duration.ofSeconds(10);

	private final StateTableNames names;

	private final Duration readLockTimeout;

	private final VersionTable versionTable;

	private final HistoryTable historyTable;

	public StateStore(StateTableNames names) {
		this(names, DEFAULT_READ_LOCK_TIMEOUT);
	}

	/**
	 * @param readLockTimeout how long a read waits for a lock on a state table (a DBA's
	 * {@code LOCK TABLE}, a long {@code ALTER}) before failing with the blocker's name;
	 * zero means {@link #DEFAULT_READ_LOCK_TIMEOUT}
	 */
	public StateStore(StateTableNames names, Duration readLockTimeout) {
		this.readLockTimeout = readLockTimeout.isZero() ? DEFAULT_READ_LOCK_TIMEOUT : readLockTimeout;
		this.names = names;
		this.versionTable = new VersionTable(names);
		this.historyTable = new HistoryTable(names);
	}

	public VersionTable versionTable() {
		return versionTable;
	}

	public HistoryTable historyTable() {
		return historyTable;
	}

	public StateTableNames names() {
		return names;
	}

	/** The same tables under other names (the schema resolved at run time). */
	public StateStore withNames(StateTableNames names) {
		return new StateStore(names, readLockTimeout);
	}

	/** DDL creating the schema (when configured) and both tables if they do not exist. */
	public List<String> createSql() {
		List<String> ddl = new ArrayList<>();
		if (names.createSchemaSql() != null) {
			ddl.add(names.createSchemaSql());
		}
		ddl.add(versionTable.createSql());
		ddl.add(historyTable.createSql());
		return ddl;
	}

	/**
	 * Creates the schema (when configured) and the state tables if they do not exist, in
	 * one round trip.
	 */
	public void createTables(Connection connection) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(String.join(";\n", createSql()));
				return;
			}
			catch (SQLException ex) {
				// Two sessions creating the same table at once: IF NOT EXISTS does not
				// see
				// the other's uncommitted table, and the loser fails on the catalog's
				// unique index once the winner commits. The tables exist then; asking
				// again finds them. (Only one side holds the migration lock: a run on a
				// new database creates them while its lock session connects.)
				if (attempt >= CREATE_ATTEMPTS || !CREATED_MEANWHILE.contains(ex.getSQLState())) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Reads the state in one round trip without creating anything: missing tables read as
	 * empty (a database at base). Tables are only created when something is written, so a
	 * command that fails on bad input leaves a new database untouched.
	 */
	public DatabaseState read(Connection connection) throws SQLException {
		return read(connection, true);
	}

	/**
	 * Like {@link #read}, with only the revision and checksum of each last upgrade rather
	 * than whole history rows ({@link DatabaseState#lastUpgrades()} is empty): all that
	 * planning and checksum validation need, and what every application start reads.
	 */
	public DatabaseState readForPlanning(Connection connection) throws SQLException {
		return read(connection, false);
	}

	private DatabaseState read(Connection connection, boolean wholeRows) throws SQLException {
		try {
			return readBoth(connection, wholeRows);
		}
		catch (SQLException ex) {
			if (!UNDEFINED_TABLE.equals(ex.getSQLState())) {
				throw blocked(connection, ex);
			}
		}
		// One of the tables is missing (usually both: a new database): one round trip
		// finds out which,
		// and only a table that exists is read.
		boolean[] exist = bothExist(connection);
		Set<String> heads = exist[0] ? readHeads(connection) : Set.of();
		if (!exist[1]) {
			return new DatabaseState(heads, Map.of(), Map.of(), false);
		}
		if (!wholeRows) {
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery(historyTable.selectPlanningRowsSql())) {
				return planningState(connection, heads, rs, false);
			}
		}
		DatabaseState state;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(historyTable.selectLastUpgradesSql())) {
			state = DatabaseState.of(heads, lastUpgrades(rs), false);
		}
		return state.withUnfinished(readUnfinishedRows(connection));
	}

	/**
	 * The state for planning from the rows of {@link HistoryTable#selectPlanningRowsSql};
	 * the unfinished steps' whole rows are read with one more query only when there are
	 * any (a run that is blocked anyway).
	 */
	private DatabaseState planningState(Connection connection, Set<String> heads, ResultSet rs, boolean tablesExist)
			throws SQLException {
		Map<String, String> checksums = new LinkedHashMap<>();
		boolean unfinished = HistoryTable.lastChecksums(rs, checksums);
		DatabaseState state = new DatabaseState(heads, checksums, Map.of(), tablesExist);
		return unfinished ? state.withUnfinished(readUnfinishedRows(connection)) : state;
	}

	private List<UnfinishedStep> readUnfinishedRows(Connection connection) throws SQLException {
		List<UnfinishedStep> unfinished = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = bounded(statement, historyTable.selectUnfinishedSql())) {
			while (rs.next()) {
				unfinished.add(HistoryTable.readUnfinished(rs));
			}
		}
		return unfinished;
	}

	/**
	 * Only the recorded heads, for commands that do not compare checksums
	 * ({@code pending}): one small query instead of the history's last upgrade of every
	 * applied revision. Empty when the version table does not exist yet.
	 */
	public Set<String> readHeadsOnly(Connection connection) throws SQLException {
		try {
			return readHeads(connection);
		}
		catch (SQLException ex) {
			if (UNDEFINED_TABLE.equals(ex.getSQLState())) {
				return Set.of();
			}
			throw blocked(connection, ex);
		}
	}

	/**
	 * Steps recorded as started that did not finish (awaiting {@code resolve}), oldest
	 * first; empty when the history table does not exist yet.
	 */
	public List<UnfinishedStep> readUnfinished(Connection connection) throws SQLException {
		List<UnfinishedStep> unfinished = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rs = bounded(statement, historyTable.selectUnfinishedSql())) {
				while (rs.next()) {
					unfinished.add(HistoryTable.readUnfinished(rs));
				}
			}
		}
		catch (SQLException ex) {
			if (UNDEFINED_TABLE.equals(ex.getSQLState())) {
				return List.of();
			}
			throw blocked(connection, ex);
		}
		return unfinished;
	}

	/** All history rows in execution order; empty when the table does not exist yet. */
	public List<HistoryRecord> readHistory(Connection connection) throws SQLException {
		List<HistoryRecord> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rs = bounded(statement, historyTable.selectAllSql())) {
				while (rs.next()) {
					rows.add(HistoryTable.read(rs));
				}
			}
		}
		catch (SQLException ex) {
			if (UNDEFINED_TABLE.equals(ex.getSQLState())) {
				return List.of();
			}
			throw blocked(connection, ex);
		}
		return rows;
	}

	/**
	 * Executes {@code commands} in one round trip and checks each one's row count.
	 * @throws VersionTableConflictException when a count is off; the caller rolls back
	 */
	public void write(Connection connection, List<SqlCommand> commands) throws SQLException {
		if (commands.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder();
		for (SqlCommand command : commands) {
			if (sql.length() > 0) {
				sql.append(";\n");
			}
			sql.append(command.sql());
		}
		try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
			int index = 1;
			for (SqlCommand command : commands) {
				for (Object parameter : command.parameters()) {
					statement.setObject(index++, parameter);
				}
			}
			checkResults(statement, statement.execute(), commands);
		}
	}

	/**
	 * Checks the result of each of {@code commands}, executed in order by
	 * {@code statement} (whose current result is {@code resultSet}): a fence must return
	 * its row, and a count, when one is expected, must match.
	 * @throws VersionTableConflictException when a count is off; the caller rolls back
	 */
	private void checkResults(Statement statement, boolean resultSet, List<SqlCommand> commands) throws SQLException {
		for (SqlCommand command : commands) {
			if (command.expectedRows() == SqlCommand.FENCE) {
				checkFence(statement, resultSet);
				resultSet = statement.getMoreResults();
				continue;
			}
			int count = resultSet ? SqlCommand.ANY_ROWS : statement.getUpdateCount();
			if (command.expectedRows() != SqlCommand.ANY_ROWS && count != command.expectedRows()) {
				throw new VersionTableConflictException(versionTable.name(), command.render(), command.expectedRows(),
						count);
			}
			resultSet = statement.getMoreResults();
		}
	}

	private static void checkFence(Statement statement, boolean resultSet) throws SQLException {
		boolean held = false;
		if (resultSet) {
			try (ResultSet rs = statement.getResultSet()) {
				held = rs.next();
			}
		}
		if (!held) {
			throw new LockLostException();
		}
	}

	private DatabaseState readBoth(Connection connection, boolean wholeRows) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(boundedByLockTimeout() + ";\n" + versionTable.selectSql() + ";\n"
					+ (wholeRows ? historyTable.selectLastUpgradesSql() + ";\n" + historyTable.selectUnfinishedSql()
							: historyTable.selectPlanningRowsSql()));
			// The lock_timeout's own result first.
			statement.getMoreResults();
			Set<String> heads = new LinkedHashSet<>();
			try (ResultSet rs = statement.getResultSet()) {
				while (rs.next()) {
					heads.add(rs.getString(1));
				}
			}
			if (!statement.getMoreResults()) {
				throw new MigrateException("Expected the history rows after the version rows");
			}
			if (!wholeRows) {
				try (ResultSet rs = statement.getResultSet()) {
					return planningState(connection, heads, rs, true);
				}
			}
			DatabaseState state;
			try (ResultSet rs = statement.getResultSet()) {
				state = DatabaseState.of(heads, lastUpgrades(rs), true);
			}
			if (!statement.getMoreResults()) {
				throw new MigrateException("Expected the unfinished steps after the history rows");
			}
			List<UnfinishedStep> unfinished = new ArrayList<>();
			try (ResultSet rs = statement.getResultSet()) {
				while (rs.next()) {
					unfinished.add(HistoryTable.readUnfinished(rs));
				}
			}
			return state.withUnfinished(unfinished);
		}
	}

	private Set<String> readHeads(Connection connection) throws SQLException {
		Set<String> heads = new LinkedHashSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = bounded(statement, versionTable.selectSql())) {
			while (rs.next()) {
				heads.add(rs.getString(1));
			}
		}
		return heads;
	}

	/**
	 * {@code lock_timeout} for the rest of this implicit transaction only: the statements
	 * of one round trip run as one transaction, so the setting ends with them and a
	 * pooled connection keeps its own.
	 */
	private String boundedByLockTimeout() {
		return "SELECT pg_catalog.set_config('lock_timeout', '" + readLockTimeout.toMillis() + "', true)";
	}

	/** Runs {@code query} after {@link #boundedByLockTimeout()} in one round trip. */
	private ResultSet bounded(Statement statement, String query) throws SQLException {
		statement.execute(boundedByLockTimeout() + ";\n" + query);
		if (!statement.getMoreResults()) {
			throw new MigrateException("Expected rows after setting the lock timeout");
		}
		return statement.getResultSet();
	}

	/**
	 * A read that waited longer than the lock timeout becomes an error naming who holds a
	 * lock on the state tables, and how to end it; other errors pass unchanged.
	 */
	private SQLException blocked(Connection connection, SQLException ex) {
		if (!LOCK_NOT_AVAILABLE.equals(ex.getSQLState())) {
			return ex;
		}
		throw new StateTableLockedException(readLockTimeout,
				StateTableLocks.holders(connection, versionTable.name(), historyTable.name()), versionTable.name(),
				historyTable.name(), ex);
	}

	/** Rows keyed by revision, in the order they were applied. */
	private static Map<String, HistoryRecord> lastUpgrades(ResultSet rs) throws SQLException {
		List<HistoryRecord> rows = new ArrayList<>();
		while (rs.next()) {
			rows.add(HistoryTable.read(rs));
		}
		rows.sort(Comparator.comparingLong(HistoryRecord::id));
		return HistoryTable.lastUpgrades(rows);
	}

	/** Whether the version and the history table exist, in that order. */
	private boolean[] bothExist(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT to_regclass(?) IS NOT NULL, to_regclass(?) IS NOT NULL")) {
			statement.setString(1, versionTable.name());
			statement.setString(2, historyTable.name());
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return new boolean[] { rs.getBoolean(1), rs.getBoolean(2) };
			}
		}
	}

}

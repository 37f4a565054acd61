package dev.migrate.test;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.result.DowngradeResult;
import dev.migrate.result.UpgradeResult;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseServers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Drives revisions on a fresh database of its own for data-migration tests
 * (pytest-alembic's {@code alembic_runner}): upgrade to a revision, insert rows, step one
 * revision, look at the data, round-trip the next revision. Closing it drops the
 * database.
 *
 * <pre>{@code
 * &#64;MigrationChecks
 * class BackfillTest {
 *
 * 	

&#64;Test
 * 	void splitsNames(MigrationRunner runner) {
 * 		runner.upgrade("4c5d6e7f8091");
 * 		runner.insert("users", Map.of("username", "Ada Lovelace"));
 * 		runner.upgradeOne();
 * 		assertThat(runner.query("SELECT first_name FROM users")).containsExactly(Map.of("first_name", "Ada"));
 * 	}
 *
 * }
 * }</pre>
 */
public final class MigrationRunner implements AutoCloseable {

	private final TestDatabase database;

	private final ReusedConnections connections;

	private final Migrate engine;

	private final List<String> stateTables;

	private MigrationRunner(TestDatabase database, ReusedConnections connections, Migrate engine,
			List<String> stateTables) {
		this.database = database;
		this.connections = connections;
		this.engine = engine;
		this.stateTables = stateTables;
	}

	/**
	 * A runner for the revisions and settings of {@code revisions} on a fresh database of
	 * the kit's server: embedded PostgreSQL unless {@code MIGRATE_TEST_DATABASE_URL}
	 * names another. The runner sets its database on the builder, replacing any.
	 * <pre>{@code
	 * MigrationRunner runner = MigrationRunner.create(MigrateConfig.builder().locations("classpath:db/revisions"));
	 * }</pre>
	 */
	public static MigrationRunner create(MigrateConfig.Builder revisions) {
		TestDatabase database = TestDatabase.create(TestDatabaseServers.shared(), null);
		MigrationTarget target = new MigrationTarget(() -> revisions, null,
				List.of(MigrateConfig.DEFAULT_VERSION_TABLE, MigrateConfig.DEFAULT_HISTORY_TABLE), null, "",
				TestDatabaseServers.shared(), null);
		return on(target, database);
	}

	static MigrationRunner on(MigrationTarget target, TestDatabase database) {
		ReusedConnections connections = new ReusedConnections(database.dataSource());
		return new MigrationRunner(database, connections, target.engineOn(connections), target.stateTables());
	}

	/** The engine working on this runner's database. */
	public Migrate engine() {
		return engine;
	}

	/** This runner's database. */
	public DataSource dataSource() {
		return connections;
	}

	/** JDBC URL of this runner's database (user and password: {@link #dataSource()}). */
	public String jdbcUrl() {
		return database.jdbcUrl();
	}

	/**
	 * Upgrades to {@code target} (any target syntax: an id, {@code +1}, {@code heads}).
	 */
	public UpgradeResult upgrade(String target) {
		return engine.upgrade(target);
	}

	/** Downgrades to {@code target} ({@code -1}, an id, {@code base}). */
	public DowngradeResult downgrade(String target) {
		return engine.downgrade(target);
	}

	/** Upgrades one revision from the single current head. */
	public UpgradeResult upgradeOne() {
		return engine.upgrade("+1");
	}

	/** Downgrades one revision from the single current head. */
	public DowngradeResult downgradeOne() {
		return engine.downgrade("-1");
	}

	/**
	 * Upgrades the next revision, downgrades it and upgrades it again, failing when the
	 * downgrade leaves a trace (schema or data differs from before the upgrade) or the
	 * second upgrade gives another schema than the first.
	 * @return the catalog after the second upgrade
	 */
	public CatalogSnapshot roundTripNext() {
		CatalogSnapshot before = snapshot();
		String from = String.join(",", current());
		upgradeOne();
		CatalogSnapshot after = snapshot();
		String next = String.join(",", current());
		downgradeOne();
		List<String> differences = snapshot().differences(before);
		if (!differences.isEmpty()) {
			throw new AssertionError("Downgrade of " + next + " (back to " + (from.isEmpty() ? "base" : from)
					+ ") left a trace ('-' was there before, '+' is new):\n  " + String.join("\n  ", differences));
		}
		upgradeOne();
		CatalogSnapshot again = snapshot();
		differences = again.schemaOnly().differences(after.schemaOnly());
		if (!differences.isEmpty()) {
			throw new AssertionError("Up, down, up of " + next + " gives another schema than the first up:\n  "
					+ String.join("\n  ", differences));
		}
		return again;
	}

	/** The heads recorded in the database. */
	public List<String> current() {
		return engine.current().heads();
	}

	/** Inserts one row; keys are column names. */
	public void insert(String table, Map<String, ?> row) {
		insert(table, List.of(row));
	}

	/** Inserts rows into {@code table} ({@code name} or {@code schema.name}). */
	public void insert(String table, List<? extends Map<String, ?>> rows) {
		try (Connection connection = connections.getConnection()) {
			for (Map<String, ?> row : rows) {
				List<String> columns = new ArrayList<>(row.keySet());
				StringBuilder sql = new StringBuilder("INSERT INTO ").append(quoteQualified(table)).append(" (");
				StringBuilder values = new StringBuilder();
				for (int i = 0; i < columns.size(); i++) {
					sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
					values.append(i == 0 ? "?" : ", ?");
				}
				sql.append(") VALUES (").append(values).append(')');
				try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
					for (int i = 0; i < columns.size(); i++) {
						statement.setObject(i + 1, row.get(columns.get(i)));
					}
					statement.executeUpdate();
				}
			}
		}
		catch (SQLException ex) {
			throw new AssertionError("Insert into " + table + " failed at " + current() + ": " + ex.getMessage(), ex);
		}
	}

	/** Runs a query; each row is a map from column label to value, in column order. */
	public List<Map<String, Object>> query(String sql, Object... parameters) {
		try (Connection connection = connections.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, parameters);
			List<Map<String, Object>> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				ResultSetMetaData meta = result.getMetaData();
				while (result.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						row.put(meta.getColumnLabel(i), result.getObject(i));
					}
					rows.add(row);
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new AssertionError("Query failed at " + current() + ": " + ex.getMessage() + "\n  " + sql, ex);
		}
	}

	/** Runs a statement; returns the update count. */
	public int execute(String sql, Object... parameters) {
		try (Connection connection = connections.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, parameters);
			statement.execute();
			return Math.max(statement.getUpdateCount(), 0);
		}
		catch (SQLException ex) {
			throw new AssertionError("Statement failed at " + current() + ": " + ex.getMessage() + "\n  " + sql, ex);
		}
	}

	/** The catalog and data of this runner's database, without migrate's state tables. */
	public CatalogSnapshot snapshot() {
		try (Connection connection = connections.getConnection()) {
			return CatalogSnapshot.take(connection, stateTables);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the catalog of " + database, ex);
		}
	}

	private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
	}

	private static String quoteQualified(String name) {
		int dot = name.indexOf('.');
		return (dot < 0) ? quote(name) : quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** Drops the database. */
	@Override
	public void close() {
		connections.close();
		database.close();
	}

}

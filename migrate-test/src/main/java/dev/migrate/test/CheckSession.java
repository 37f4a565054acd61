package dev.migrate.test;

import dev.migrate.IrreversibleMigrationException;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.result.DriftCheckResult;
import dev.migrate.result.HistoryEntry;
import dev.migrate.result.LintReport;
import dev.migrate.testing.TestDatabase;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * The standard checks of one test class, each on fresh databases it creates and drops at
 * {@link #close()}. A check passes by returning and fails with an {@link AssertionError}
 * whose message names the revision and shows the difference.
 */
final class CheckSession implements AutoCloseable {

	private final MigrationTarget target;

	private final Map<TestDatabase, ReusedConnections> databases = new LinkedHashMap<>();

	private TestDatabase upgraded;

	private TestDatabase empty;

	CheckSession(MigrationTarget target) {
		this.target = target;
	}

	private TestDatabase fresh() {
		TestDatabase database = target.freshDatabase();
		databases.put(database, new ReusedConnections(database.dataSource()));
		return database;
	}

	/**
	 * The database the single-head check reads and the upgrade check then upgrades: one
	 * {@code CREATE DATABASE} for both.
	 */
	private TestDatabase empty() {
		if (empty == null) {
			empty = fresh();
		}
		return empty;
	}

	/** The sessions of one of this check's databases, reused across commands. */
	private ReusedConnections connections(TestDatabase database) {
		return databases.get(database);
	}

	void singleHead() {
		// Reading the heads creates nothing: the database stays empty for the upgrade
		// check.
		TestDatabase database = empty();
		List<String> heads = new ArrayList<>();
		target.engineOn(connections(database))
			.heads()
			.heads()
			.forEach(head -> heads.add(describe(head.id(), head.message())));
		if (heads.size() != 1) {
			throw new AssertionError("Expected exactly one head, found " + heads.size() + ": "
					+ String.join(", ", heads) + (heads.isEmpty() ? ". Are the revision locations right?"
							: ". Merge them with `migrate merge -m MESSAGE heads`."));
		}
	}

	void upgrade() {
		TestDatabase database = empty();
		Migrate engine = target.engineOn(connections(database));
		try {
			engine.upgrade(Migrate.HEADS);
		}
		catch (MigrateException ex) {
			// A later check that needs the heads tries again on a database of its own.
			empty = null;
			throw new AssertionError("upgrade base -> heads failed: " + ex.getMessage(), ex);
		}
		upgraded = database;
		empty = null;
	}

	/** A database at the heads: the one {@link #upgrade()} left, or a new one. */
	private TestDatabase atHeads() {
		if (upgraded == null) {
			upgrade();
		}
		return upgraded;
	}

	void drift() {
		if (target.model() == null) {
			throw new TestAbortedException("Drift check skipped: " + target.modelSource());
		}
		DriftCheckResult result = target.engineOn(connections(atHeads())).check(target.model());
		if (!result.passed()) {
			throw new AssertionError("The schema after upgrade heads differs from the entity model ("
					+ target.modelSource() + "):\n  " + String.join("\n  ", result.drift().differences())
					+ "\nWrite a revision for them: `migrate revision --autogenerate -m MESSAGE`.");
		}
	}

	void lint() {
		String after = target.settings().lintAfter();
		LintReport report = target.engineOn(connections(atHeads()))
			.lint(after.isEmpty() ? ":heads" : after + ":heads", Map.of());
		if (report.hasErrors()) {
			throw new AssertionError("migrate lint found errors:\n" + report.toText());
		}
	}

	void offline() {
		Migrate online = target.engineOn(connections(atHeads()));
		TestDatabase database = fresh();
		Migrate offline = target.engineOn(connections(database));
		StringWriter script = new StringWriter();
		try {
			offline.upgradeSql(Migrate.HEADS, script);
		}
		catch (MigrateException ex) {
			throw new TestAbortedException(
					"Offline check skipped: there is no offline script for these revisions: " + ex.getMessage(), ex);
		}
		// The script's first line makes psql stop at the first error; over JDBC every
		// statement runs on its own and the first error stops the check anyway.
		String sql = script.toString().replaceFirst("(?m)^\\\\set ON_ERROR_STOP on\\R", "");
		String failed = run(database, Migrate.splitScript(sql, "upgrade --sql"));
		if (failed != null) {
			throw new AssertionError("The offline script (upgrade --sql) failed on an empty database: " + failed);
		}
		// Row counts, not contents: seeded rows with now() defaults differ between two
		// runs.
		List<String> differences = snapshot(database).withoutRowHashes()
			.differences(snapshot(atHeads()).withoutRowHashes());
		Set<String> offlineHeads = new HashSet<>(offline.current().heads());
		Set<String> onlineHeads = new HashSet<>(online.current().heads());
		if (!offlineHeads.equals(onlineHeads)) {
			differences.add("recorded heads: offline " + offlineHeads + ", online " + onlineHeads);
		}
		if (!differences.isEmpty()) {
			throw new AssertionError("The offline script reaches another schema than the online upgrade"
					+ " ('+' only offline, '-' only online):\n  " + String.join("\n  ", differences));
		}
	}

	private String run(TestDatabase database, List<String> statements) {
		try (Connection connection = connections(database).getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				try {
					statement.execute(sql);
				}
				catch (SQLException ex) {
					return ex.getMessage() + "\n  in: " + sql;
				}
			}
			return null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect to " + database, ex);
		}
	}

	/**
	 * Every revision in graph order: up, (fixture), down, compare with before, up,
	 * compare with after the first up. Calls {@code step} around each revision so the
	 * engine can report it as a test of its own. One engine and a few reused sessions
	 * serve the whole walk; the heads come from each command's result, and the snapshot
	 * after a revision's second up is the next revision's "before" when no fixture ran in
	 * between (docs/benchmarks.md, "Test kit").
	 */
	void stairway(boolean noTrace, StepReporter steps) {
		TestDatabase database = fresh();
		Migrate engine = target.engineOn(connections(database));
		RevisionData data = new RevisionData(target.settings().data(), target.classLoader());
		Set<String> irreversible = Set.of(target.settings().irreversible());
		boolean allowIrreversible = target.settings().allowIrreversible();
		List<HistoryEntry> order = new ArrayList<>(engine.history().entries());
		Collections.reverse(order);
		Stair stair = new Stair(new HashSet<>(engine.current().heads()), null);
		for (HistoryEntry entry : order) {
			String id = entry.revision().id();
			List<String> parents = entry.revision().revises();
			String name = describe(id, entry.revision().message());
			boolean passed = steps.run(name, () -> {
				Set<String> headsBefore = stair.heads;
				CatalogSnapshot before = noTrace ? (stair.last != null ? stair.last : snapshot(database, true)) : null;
				stair.last = null;
				stair.heads = upgrade(engine, id, "upgrade of " + name);
				if (!irreversible.contains(id)) {
					CatalogSnapshot after = snapshot(database, false);
					Set<String> down = downgrade(engine, name, id, parents, allowIrreversible);
					if (down != null) {
						// Stepping down to the parent also takes away other branches
						// built
						// on it; they come back here, so the comparison sees only this
						// revision's traces.
						if (!down.equals(headsBefore)) {
							for (String head : headsBefore) {
								upgrade(engine, head, "re-upgrade of " + head + " after the downgrade of " + name);
							}
						}
						if (noTrace) {
							List<String> differences = snapshot(database, true).differences(before);
							if (!differences.isEmpty()) {
								throw new AssertionError("Downgrade of " + name + " left a trace ('-' was there"
										+ " before its upgrade and is gone, '+' is new):\n  "
										+ String.join("\n  ", differences));
							}
						}
						stair.heads = upgrade(engine, id, "second upgrade of " + name);
						CatalogSnapshot again = snapshot(database, noTrace);
						List<String> differences = again.schemaOnly().differences(after.schemaOnly());
						if (!differences.isEmpty()) {
							throw new AssertionError("Up, down, up of " + name + " gives another schema than the"
									+ " first up ('-' after the first up, '+' after the second):\n  "
									+ String.join("\n  ", differences));
						}
						stair.last = noTrace ? again : null;
					}
				}
				try (Connection connection = connections(database).getConnection()) {
					if (data.insert(id, connection)) {
						stair.last = null;
					}
				}
			});
			if (!passed) {
				throw new AssertionError("The stairway stopped at " + name + "; see that step's failure.");
			}
		}
	}

	/** Where the stairway stands between steps: the heads, and the catalog when known. */
	private static final class Stair {

		private Set<String> heads;

		private CatalogSnapshot last;

		private Stair(Set<String> heads, CatalogSnapshot last) {
			this.heads = heads;
			this.last = last;
		}

	}

	/**
	 * Steps {@code id} down; the heads after it, or null when it has no downgrade and
	 * {@code allowIrreversible} lets the stairway go on (nothing ran then).
	 */
	private static Set<String> downgrade(Migrate engine, String name, String id, List<String> parents,
			boolean allowIrreversible) {
		try {
			return new HashSet<>(engine.downgrade(parents.isEmpty() ? "base" : parents.get(0)).headsAfter());
		}
		catch (IrreversibleMigrationException ex) {
			if (allowIrreversible) {
				return null;
			}
			throw new AssertionError("Revision " + name + " has no downgrade: " + ex.getMessage()
					+ " Give it one, or list it in @MigrationChecks(irreversible = \"" + id + "\").", ex);
		}
		catch (MigrateException ex) {
			throw new AssertionError("Downgrade of " + name + " failed: " + ex.getMessage(), ex);
		}
	}

	private static Set<String> upgrade(Migrate engine, String target, String what) {
		try {
			return new HashSet<>(engine.upgrade(target).headsAfter());
		}
		catch (MigrateException ex) {
			throw new AssertionError(what + " failed: " + ex.getMessage(), ex);
		}
	}

	private CatalogSnapshot snapshot(TestDatabase database) {
		return snapshot(database, true);
	}

	private CatalogSnapshot snapshot(TestDatabase database, boolean withRows) {
		try (Connection connection = connections(database).getConnection()) {
			return CatalogSnapshot.take(connection, target.stateTables(), withRows);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the catalog of " + database + ": " + ex.getMessage(), ex);
		}
	}

	static String describe(String id, String message) {
		return (message == null || message.isBlank()) ? id : id + " (" + message + ")";
	}

	@Override
	public void close() {
		RuntimeException failure = null;
		for (Map.Entry<TestDatabase, ReusedConnections> database : databases.entrySet()) {
			try {
				database.getValue().close();
				database.getKey().close();
			}
			catch (RuntimeException ex) {
				failure = (failure == null) ? ex : failure;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	/** Runs one stairway step as a reported test; false when it failed. */
	interface StepReporter {

		boolean run(String name, ThrowingStep step);

	}

	/** One stairway step. */
	interface ThrowingStep {

		void run() throws Exception;

	}

}

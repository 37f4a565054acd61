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

	private final List<TestDatabase> databases = new ArrayList<>();

	private TestDatabase upgraded;

	CheckSession(MigrationTarget target) {
		this.target = target;
	}

	private TestDatabase fresh() {
		TestDatabase database = target.freshDatabase();
		databases.add(database);
		return database;
	}

	void singleHead() {
		TestDatabase database = fresh();
		List<String> heads = new ArrayList<>();
		target.engineOn(database).heads().heads().forEach(head -> heads.add(describe(head.id(), head.message())));
		if (heads.size() != 1) {
			throw new AssertionError("Expected exactly one head, found " + heads.size() + ": "
					+ String.join(", ", heads) + (heads.isEmpty() ? ". Are the revision locations right?"
							: ". Merge them with `migrate merge -m MESSAGE heads`."));
		}
	}

	void upgrade() {
		TestDatabase database = fresh();
		Migrate engine = target.engineOn(database);
		try {
			engine.upgrade(Migrate.HEADS);
		}
		catch (MigrateException ex) {
			throw new AssertionError("upgrade base -> heads failed: " + ex.getMessage(), ex);
		}
		upgraded = database;
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
		DriftCheckResult result = target.engineOn(atHeads()).check(target.model());
		if (!result.passed()) {
			throw new AssertionError("The schema after upgrade heads differs from the entity model ("
					+ target.modelSource() + "):\n  " + String.join("\n  ", result.drift().differences())
					+ "\nWrite a revision for them: `migrate revision --autogenerate -m MESSAGE`.");
		}
	}

	void lint() {
		String after = target.settings().lintAfter();
		LintReport report = target.engineOn(atHeads()).lint(after.isEmpty() ? ":heads" : after + ":heads", Map.of());
		if (report.hasErrors()) {
			throw new AssertionError("migrate lint found errors:\n" + report.toText());
		}
	}

	void offline() {
		Migrate online = target.engineOn(atHeads());
		TestDatabase database = fresh();
		Migrate offline = target.engineOn(database);
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

	private static String run(TestDatabase database, List<String> statements) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
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
	 * engine can report it as a test of its own.
	 */
	void stairway(boolean noTrace, StepReporter steps) {
		TestDatabase database = fresh();
		Migrate engine = target.engineOn(database);
		RevisionData data = new RevisionData(target.settings().data(), target.classLoader());
		Set<String> irreversible = Set.of(target.settings().irreversible());
		boolean allowIrreversible = target.settings().allowIrreversible();
		List<HistoryEntry> order = new ArrayList<>(engine.history().entries());
		Collections.reverse(order);
		for (HistoryEntry entry : order) {
			String id = entry.revision().id();
			List<String> parents = entry.revision().revises();
			String name = describe(id, entry.revision().message());
			boolean passed = steps.run(name, () -> {
				List<String> headsBefore = engine.current().heads();
				CatalogSnapshot before = noTrace ? snapshot(database) : null;
				upgrade(engine, id, "upgrade of " + name);
				if (!irreversible.contains(id)) {
					CatalogSnapshot after = snapshot(database);
					if (downgrade(engine, name, id, parents, allowIrreversible)) {
						// Stepping down to the parent also takes away other branches
						// built on
						// it; they come back here, so the comparison sees only this
						// revision's
						// traces.
						if (!new HashSet<>(engine.current().heads()).equals(new HashSet<>(headsBefore))) {
							for (String head : headsBefore) {
								upgrade(engine, head, "re-upgrade of " + head + " after the downgrade of " + name);
							}
						}
						if (noTrace) {
							List<String> differences = snapshot(database).differences(before);
							if (!differences.isEmpty()) {
								throw new AssertionError("Downgrade of " + name + " left a trace ('-' was there"
										+ " before its upgrade and is gone, '+' is new):\n  "
										+ String.join("\n  ", differences));
							}
						}
						upgrade(engine, id, "second upgrade of " + name);
						List<String> differences = snapshot(database).schemaOnly().differences(after.schemaOnly());
						if (!differences.isEmpty()) {
							throw new AssertionError("Up, down, up of " + name + " gives another schema than the"
									+ " first up ('-' after the first up, '+' after the second):\n  "
									+ String.join("\n  ", differences));
						}
					}
				}
				try (Connection connection = database.connect()) {
					data.insert(id, connection);
				}
			});
			if (!passed) {
				throw new AssertionError("The stairway stopped at " + name + "; see that step's failure.");
			}
		}
	}

	/**
	 * Steps {@code id} down; false when it has no downgrade and {@code allowIrreversible}
	 * lets the stairway go on (nothing ran then).
	 */
	private static boolean downgrade(Migrate engine, String name, String id, List<String> parents,
			boolean allowIrreversible) {
		try {
			engine.downgrade(parents.isEmpty() ? "base" : parents.get(0));
			return true;
		}
		catch (IrreversibleMigrationException ex) {
			if (allowIrreversible) {
				return false;
			}
			throw new AssertionError("Revision " + name + " has no downgrade: " + ex.getMessage()
					+ " Give it one, or list it in @MigrationChecks(irreversible = \"" + id + "\").", ex);
		}
		catch (MigrateException ex) {
			throw new AssertionError("Downgrade of " + name + " failed: " + ex.getMessage(), ex);
		}
	}

	private static void upgrade(Migrate engine, String target, String what) {
		try {
			engine.upgrade(target);
		}
		catch (MigrateException ex) {
			throw new AssertionError(what + " failed: " + ex.getMessage(), ex);
		}
	}

	private CatalogSnapshot snapshot(TestDatabase database) {
		try (Connection connection = database.connect()) {
			return CatalogSnapshot.take(connection, target.stateTables());
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
		for (TestDatabase database : databases) {
			try {
				database.close();
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

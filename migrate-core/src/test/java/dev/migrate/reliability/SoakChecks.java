package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.Resolution;
import dev.migrate.result.FailedStep;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What must hold after every fault: every revision's statements ran at most once,
 * {@code migrate_version} agrees with the schema, no lock is left, and the next run
 * either succeeds or names exactly the step to resolve. The operator's part (undo or
 * accept, then {@code resolve}) is played here too, and the database must then reach the
 * last revision with every side effect exactly once.
 */
final class SoakChecks {

	private static final String ADVISORY_LOCKS = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
			+ "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

	private SoakChecks() {
	}

	/**
	 * The database as the checks see it.
	 *
	 * @param head index of the recorded head (0 at base)
	 * @param unfinished the revision recorded as started and not finished, or null
	 */
	record Snapshot(int head, String unfinished) {
	}

	/** Asserts the invariants and returns what the next run has to deal with. */
	static Snapshot assertConsistent(SoakDatabase db) throws Exception {
		awaitNoLock(db);
		Map<String, Integer> effects = new HashMap<>();
		for (String row : db.query("SELECT revision, count(*) FROM soak_effects GROUP BY revision")) {
			String[] parts = row.split("\\|");
			effects.put(parts[0], Integer.parseInt(parts[1]));
		}
		assertThat(effects.values()).as("side effects per revision (at most once): %s", effects)
			.allMatch(count -> count == 1);
		Set<String> tables = new HashSet<>(
				db.query("SELECT relname FROM pg_class WHERE relkind = 'r' AND relname ~ '^soak_[0-9]+$'"));
		Map<String, Boolean> indexes = new HashMap<>();
		for (String row : db.query("SELECT c.relname, i.indisvalid FROM pg_index i "
				+ "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname ~ '^soak_[0-9]+_idx$'")) {
			String[] parts = row.split("\\|");
			indexes.put(parts[0], parts[1].equals("t"));
		}
		boolean stateExists = db.query("SELECT to_regclass('migrate_version') IS NOT NULL").get(0).equals("t");
		List<String> heads = stateExists ? db.query("SELECT revision FROM migrate_version") : List.of();
		List<String> unfinished = stateExists
				? db.query("SELECT revision FROM migrate_history WHERE success IS NULL ORDER BY id") : List.of();
		assertThat(heads).as("recorded heads of a linear chain").hasSizeLessThanOrEqualTo(1);
		assertThat(unfinished).as("unfinished steps").hasSizeLessThanOrEqualTo(1);
		int head = heads.isEmpty() ? 0 : SoakRevisions.index(heads.get(0));
		String open = unfinished.isEmpty() ? null : unfinished.get(0);
		if (open != null) {
			assertThat(SoakRevisions.index(open)).as("the unfinished step follows the head").isEqualTo(head + 1);
			assertThat(SoakRevisions.transactional(head + 1)).as("only non-transactional steps stay unfinished")
				.isFalse();
		}
		for (int i = 1; i <= SoakRevisions.COUNT; i++) {
			String id = SoakRevisions.id(i);
			String table = String.format("soak_%02d", i);
			if (id.equals(open)) {
				continue; // part-way: what it did is listed in its history row
			}
			boolean applied = i <= head;
			assertThat(tables.contains(table)).as("%s exists exactly when %s is applied (head %s)", table, id, head)
				.isEqualTo(applied);
			assertThat(effects.getOrDefault(id, 0)).as("side effect of %s (head %s)", id, head)
				.isEqualTo(applied ? 1 : 0);
			if (!SoakRevisions.transactional(i)) {
				assertThat(indexes.get(table + "_idx")).as("valid index of applied %s", id)
					.isEqualTo(applied ? Boolean.TRUE : null);
			}
		}
		return new Snapshot(head, open);
	}

	/**
	 * Runs {@code upgrade heads} in this JVM: it must succeed, or fail naming exactly the
	 * unfinished step; then the operator resolves it and the run after that must reach
	 * the last revision. Returns what happened, for the figures.
	 */
	static String nextRun(SoakDatabase db, Path revisions, Snapshot snapshot) throws Exception {
		String outcome;
		try {
			Migrate.create(db.config(revisions)).upgrade();
			assertThat(snapshot.unfinished()).as("a run past an unfinished step must be refused").isNull();
			outcome = "next run succeeded";
		}
		catch (MigrateException ex) {
			String open = snapshot.unfinished();
			assertThat(open).as("next run failed without an unfinished step: %s", ex.getMessage()).isNotNull();
			assertThat(ex.getMessage()).contains("migrate resolve " + open + " --applied", "--rolled-back");
			for (int i = 1; i <= SoakRevisions.COUNT; i++) {
				if (!SoakRevisions.id(i).equals(open)) {
					assertThat(ex.getMessage()).doesNotContain("migrate resolve " + SoakRevisions.id(i) + " ");
				}
			}
			outcome = "next run named " + resolve(db, revisions, open);
			Migrate.create(db.config(revisions)).upgrade();
		}
		assertComplete(db);
		return outcome;
	}

	/** The database is at the last revision with every side effect exactly once. */
	static void assertComplete(SoakDatabase db) throws Exception {
		Snapshot done = assertConsistent(db);
		assertThat(done.head()).isEqualTo(SoakRevisions.COUNT);
		assertThat(done.unfinished()).isNull();
	}

	/**
	 * The operator's decision: a step whose statements all completed is accepted as
	 * applied; otherwise what it did is undone and it is resolved as rolled back (the
	 * next run applies it again).
	 */
	private static String resolve(SoakDatabase db, Path revisions, String revision) throws Exception {
		Migrate migrate = Migrate.create(db.config(revisions));
		FailedStep step = migrate.verify()
			.failed()
			.stream()
			.filter(failed -> failed.revision().equals(revision))
			.findFirst()
			.orElseThrow(() -> new AssertionError("verify does not list " + revision));
		int statements = SoakRevisions.slow(SoakRevisions.index(revision)) ? 4 : 3;
		if (step.completedStatements().size() == statements) {
			migrate.resolve(revision, Resolution.APPLIED);
			return "resolve --applied";
		}
		String table = String.format("soak_%02d", SoakRevisions.index(revision));
		db.execute("DROP INDEX CONCURRENTLY IF EXISTS " + table + "_idx");
		db.execute("DROP TABLE IF EXISTS " + table);
		db.execute("DELETE FROM soak_effects WHERE revision = '" + revision + "'");
		migrate.resolve(revision, Resolution.ROLLED_BACK);
		return "resolve --rolled-back";
	}

	/** A killed process's sessions end when the server notices the closed socket. */
	private static void awaitNoLock(SoakDatabase db) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (!db.query(ADVISORY_LOCKS).equals(List.of("0"))) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("a migration lock is left: " + db.query("SELECT a.pid, a.application_name, "
						+ "a.state FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory'"));
			}
			Thread.sleep(50);
		}
	}

	/** How a process ended, from its exit code and last line, for the figures. */
	static String outcome(int exitCode, String result) {
		if (exitCode == 0) {
			return "succeeded";
		}
		if (!result.startsWith("error ")) {
			return "killed";
		}
		if (result.contains("lost the migration lock")) {
			return "stopped: lost the lock";
		}
		if (result.startsWith("error UnresolvedStepException")) {
			return "refused: unfinished step";
		}
		return "failed: " + result.substring("error ".length(), result.indexOf(':'));
	}

	/**
	 * Waits until {@code count} side effects are committed (the run is that far), so a
	 * fault lands inside the run whatever the machine's speed; false when the processes
	 * ended first.
	 */
	static boolean awaitProgress(SoakDatabase db, SoakRun run, int count) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (Integer.parseInt(db.query("SELECT count(*) FROM soak_effects").get(0)) >= count) {
				return true;
			}
			if (!run.anyAlive()) {
				return false;
			}
			Thread.sleep(5);
		}
		throw new AssertionError("the run did not get to " + count + " revisions within 120 s");
	}

}

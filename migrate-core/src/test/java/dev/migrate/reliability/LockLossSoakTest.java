package dev.migrate.reliability;

import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lock loss: three processes race through the 60 revisions while the session holding the
 * migration lock is ended with {@code pg_terminate_backend}, three times at random
 * moments. A run that lost the lock must stop before writing state; the one that takes
 * the lock next must not run a started non-transactional revision again.
 */
class LockLossSoakTest {

	private static final String LOCK_HOLDER = "SELECT DISTINCT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
			+ "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

	@Test
	void terminatingTheLockSessionNeverRunsAnythingTwice(@TempDir Path work) throws Exception {
		Path revisions = work.resolve("revisions");
		SoakRevisions.write(revisions);
		long seed = SoakSize.seed();
		Random random = new Random(seed);
		int iterations = SoakSize.lockLosses();
		Map<String, Integer> outcomes = new TreeMap<>();
		int terminated = 0;
		long start = System.nanoTime();
		for (int iteration = 1; iteration <= iterations; iteration++) {
			try (SoakDatabase db = new SoakDatabase(TestDatabase.create())) {
				db.setSlow(0.05);
				try (SoakRun run = SoakRun.start(3, db, revisions, "heads", work)) {
					run.go();
					int[] points = random.ints(3, 1, SoakRevisions.COUNT).sorted().toArray();
					for (int point : points) {
						SoakChecks.awaitProgress(db, run, point);
						Thread.sleep(random.nextInt(100));
						for (String pid : db.query(LOCK_HOLDER)) {
							db.query("SELECT pg_terminate_backend(" + pid + ")");
							terminated++;
						}
					}
					List<Integer> codes = run.await();
					for (int i = 0; i < codes.size(); i++) {
						outcomes.merge(SoakChecks.outcome(codes.get(i), run.result(i)), 1, Integer::sum);
					}
					try {
						SoakChecks.Snapshot snapshot = SoakChecks.assertConsistent(db);
						outcomes.merge(SoakChecks.nextRun(db, revisions, snapshot), 1, Integer::sum);
					}
					catch (AssertionError ex) {
						throw new AssertionError("seed " + seed + " iteration " + iteration + "\n" + run.output(0)
								+ "\n" + run.output(1) + "\n" + run.output(2) + "\n" + ex.getMessage(), ex);
					}
				}
			}
		}
		System.out.printf("[reliability] lock loss: %d iterations, %d lock sessions terminated (seed %d), %.1f s, "
				+ "outcomes %s%n", iterations, terminated, seed, (System.nanoTime() - start) / 1e9, outcomes);
	}

}

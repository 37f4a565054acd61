package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random points: in each iteration two processes race to upgrade a fresh
 * database through the 60 revisions and one of them, chosen at random, is killed after a
 * random delay (inside a transactional or a non-transactional revision, between
 * statements, while writing state, or while waiting for the lock). The other one goes on,
 * stops, or refuses; then the invariants must hold and the next run must succeed or name
 * exactly what to resolve.
 */
class KillSoakTest {

	@Test
	void killingAProcessAtARandomPointLeavesAConsistentDatabase(@TempDir Path work) throws Exception {
		Path revisions = work.resolve("revisions");
		SoakRevisions.write(revisions);
		long seed = SoakSize.seed();
		Random random = new Random(seed);
		int iterations = SoakSize.kills();
		Map<String, Integer> outcomes = new TreeMap<>();
		long start = System.nanoTime();
		for (int iteration = 1; iteration <= iterations; iteration++) {
			try (SoakDatabase db = new SoakDatabase(TestDatabase.create())) {
				db.setSlow(0.03);
				// A random point: once a random number of revisions is done, plus up to
				// 120
				// ms (a slow revision sleeps 30 ms, a state write takes a few).
				int revisionsDone = random.nextInt(SoakRevisions.COUNT);
				int killAfter = random.nextInt(120);
				int victim = random.nextInt(2);
				List<Integer> codes;
				try (SoakRun run = SoakRun.start(2, db, revisions, "heads", work)) {
					run.go();
					SoakChecks.awaitProgress(db, run, revisionsDone);
					Thread.sleep(killAfter);
					run.process(victim).destroyForcibly();
					codes = run.await();
					for (int i = 0; i < codes.size(); i++) {
						outcomes.merge(SoakChecks.outcome(codes.get(i), run.result(i)), 1, Integer::sum);
					}
					String context = "seed " + seed + " iteration " + iteration + " kill " + killAfter + " ms after "
							+ revisionsDone + " revisions";
					SoakChecks.Snapshot snapshot;
					try {
						snapshot = SoakChecks.assertConsistent(db);
						outcomes.merge(SoakChecks.nextRun(db, revisions, snapshot), 1, Integer::sum);
					}
					catch (AssertionError ex) {
						throw new AssertionError(context + "\nprocess 0:\n" + run.output(0) + "\nprocess 1:\n"
								+ run.output(1) + "\n" + ex.getMessage(), ex);
					}
					assertThat(codes.get(1 - victim)).as(context).isIn(0, 1);
				}
			}
		}
		System.out.printf("[reliability] kill -9: %d iterations (seed %d), %.1f s, outcomes %s%n", iterations, seed,
				(System.nanoTime() - start) / 1e9, outcomes);
	}

}

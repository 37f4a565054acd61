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
 * The server restarts mid-run: a private embedded PostgreSQL is stopped while two
 * processes migrate and started again a second later. The runs break; the process that
 * was migrating writes its failure row once the server is back (connect-retries), and the
 * invariants and the next run are checked as after every fault.
 */
class ServerRestartSoakTest {

	@Test
	void restartingTheServerMidRunLeavesAConsistentDatabase(@TempDir Path work) throws Exception {
		Path revisions = work.resolve("revisions");
		SoakRevisions.write(revisions);
		long seed = SoakSize.seed();
		Random random = new Random(seed);
		int iterations = SoakSize.restarts();
		Map<String, Integer> outcomes = new TreeMap<>();
		long start = System.nanoTime();
		try (PrivateServer server = new PrivateServer(work.resolve("data"))) {
			for (int iteration = 1; iteration <= iterations; iteration++) {
				try (SoakDatabase db = new SoakDatabase(TestDatabase.create(server, null))) {
					db.setSlow(0.05);
					int revisionsDone = 1 + random.nextInt(SoakRevisions.COUNT - 1);
					try (SoakRun run = SoakRun.start(2, db, revisions, "heads", work)) {
						run.go();
						SoakChecks.awaitProgress(db, run, revisionsDone);
						Thread.sleep(random.nextInt(100));
						server.stop();
						Thread.sleep(1000);
						server.start();
						List<Integer> codes = run.await();
						for (int i = 0; i < codes.size(); i++) {
							outcomes.merge(SoakChecks.outcome(codes.get(i), run.result(i)), 1, Integer::sum);
						}
						try {
							SoakChecks.Snapshot snapshot = SoakChecks.assertConsistent(db);
							outcomes.merge(SoakChecks.nextRun(db, revisions, snapshot), 1, Integer::sum);
						}
						catch (AssertionError ex) {
							throw new AssertionError("seed " + seed + " iteration " + iteration + " restart after "
									+ revisionsDone + " revisions\n" + run.output(0) + "\n" + run.output(1) + "\n"
									+ ex.getMessage(), ex);
						}
					}
				}
			}
		}
		System.out.printf("[reliability] server restart: %d iterations (seed %d), %.1f s, outcomes %s%n", iterations,
				seed, (System.nanoTime() - start) / 1e9, outcomes);
	}

}

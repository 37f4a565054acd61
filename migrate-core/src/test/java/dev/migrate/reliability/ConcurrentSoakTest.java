package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many replicas start together, round after round: {@link SoakSize#processes()} JVMs race
 * to upgrade the 60 revisions, each round a further stretch (r20, r40, r60 with three
 * rounds). The second round runs with the database's {@code idle_session_timeout} and
 * {@code idle_in_transaction_session_timeout} shorter than its slow revisions, which must
 * end neither the lock session nor the migration session of an instance that waits for
 * the lock. Every process succeeds and every revision's side effect is there exactly
 * once.
 */
class ConcurrentSoakTest {

	@Test
	void racingProcessesApplyEveryRevisionOnceRoundAfterRound(@TempDir Path work) throws Exception {
		Path revisions = work.resolve("revisions");
		SoakRevisions.write(revisions);
		int processes = SoakSize.processes();
		int rounds = SoakSize.rounds();
		Map<String, Integer> outcomes = new TreeMap<>();
		long start = System.nanoTime();
		try (SoakDatabase db = new SoakDatabase(TestDatabase.create())) {
			db.setSlow(0.05);
			for (int round = 1; round <= rounds; round++) {
				String target = SoakRevisions.id(SoakRevisions.COUNT * round / rounds);
				boolean idleTimeout = round == 2;
				List<Integer> codes;
				try (SoakRun run = SoakRun.start(processes, db, revisions, target, work)) {
					if (idleTimeout) {
						// One revision in the middle of the stretch sleeps longer than
						// the
						// server lets a session idle: the lock session idles all along.
						db.execute("ALTER DATABASE " + db.name() + " SET idle_session_timeout = '2s'");
						db.execute("ALTER DATABASE " + db.name() + " SET idle_in_transaction_session_timeout = '2s'");
						db.setLong(multipleOfThree(SoakRevisions.COUNT * (2 * round - 1) / (2 * rounds)), 4);
					}
					run.go();
					codes = run.await();
					for (int i = 0; i < codes.size(); i++) {
						outcomes.merge(SoakChecks.outcome(codes.get(i), run.result(i)), 1, Integer::sum);
						assertThat(codes.get(i)).as("round %s process %s:\n%s", round, i, run.output(i)).isZero();
					}
				}
				if (idleTimeout) {
					db.execute("ALTER DATABASE " + db.name() + " RESET idle_session_timeout");
					db.execute("ALTER DATABASE " + db.name() + " RESET idle_in_transaction_session_timeout");
					db.setLong(0, 0);
				}
				SoakChecks.Snapshot snapshot = SoakChecks.assertConsistent(db);
				assertThat(SoakRevisions.id(snapshot.head())).isEqualTo(target);
				assertThat(snapshot.unfinished()).isNull();
			}
			SoakChecks.assertComplete(db);
		}
		System.out.printf("[reliability] concurrency: %d processes x %d rounds on %d revisions, %.1f s, outcomes %s%n",
				processes, rounds, SoakRevisions.COUNT, (System.nanoTime() - start) / 1e9, outcomes);
	}

	private static int multipleOfThree(int index) {
		return index - index % 3;
	}

}

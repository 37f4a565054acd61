package dev.migrate.internal.command;

import dev.migrate.result.UpgradeResult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 8 migrators in 8 threads and 4 in separate JVMs race to upgrade an empty database:
 * every one succeeds and every revision is applied exactly once (a revision applied twice
 * would fail on its {@code CREATE TABLE}, and would leave two history rows).
 */
@PostgresTest
class ConcurrentUpgradeTest {

	@Test
	void twelveMigratorsInThreadsAndProcessesApplyEachRevisionOnce(TestDatabase db, @TempDir Path dir)
			throws Exception {
		Path go = dir.resolve("go");
		List<Process> processes = new ArrayList<>();
		List<BufferedReader> outputs = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Process process = UpgradeProcess.start(db.jdbcUrl(), db.user(), db.password(), "race", go.toString());
			processes.add(process);
			BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			outputs.add(output);
		}
		for (BufferedReader output : outputs) {
			String line;
			while ((line = output.readLine()) != null && !line.equals("ready")) {
				System.out.println("[racer] " + line);
			}
			assertThat(line).as("racer process started").isEqualTo("ready");
		}

		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<UpgradeResult>> results = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			// Different targets (race02..race09, the processes: heads), so that racers
			// find part of
			// their plan already applied by others and must plan from the heads read
			// under the lock.
			String target = String.format("race%02d", i + 2);
			Migrate migrate = Migrate.create(Fixtures.config(db, "race").build());
			results.add(threads.submit(() -> {
				start.await();
				return migrate.upgrade(target);
			}));
		}
		Files.createFile(go);
		start.countDown();

		int appliedInThreads = 0;
		int winners = 0;
		for (Future<UpgradeResult> result : results) {
			int applied = result.get(120, TimeUnit.SECONDS).applied().size();
			appliedInThreads += applied;
			winners += applied > 0 ? 1 : 0;
		}
		threads.shutdown();
		int appliedInProcesses = 0;
		for (int i = 0; i < processes.size(); i++) {
			Process process = processes.get(i);
			StringBuilder text = new StringBuilder();
			String line;
			while ((line = outputs.get(i).readLine()) != null) {
				text.append(line).append('\n');
			}
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as("racer process output:\n" + text).isZero();
			String summary = text.toString().lines().filter(l -> l.startsWith("applied ")).findFirst().orElseThrow();
			int applied = Integer.parseInt(summary.substring("applied ".length()));
			appliedInProcesses += applied;
			winners += applied > 0 ? 1 : 0;
		}
		System.out.println("[ConcurrentUpgradeTest] revisions applied by threads: " + appliedInThreads
				+ ", by processes: " + appliedInProcesses + "; racers that applied something: " + winners);

		assertThat(appliedInThreads + appliedInProcesses).isEqualTo(10);
		assertThat(Fixtures.versions(db)).containsExactly("race10");
		assertThat(Fixtures.query(db,
				"SELECT count(*), count(DISTINCT revision), bool_and(success) " + "FROM migrate_history"))
			.containsExactly("10|10|t");
	}

}

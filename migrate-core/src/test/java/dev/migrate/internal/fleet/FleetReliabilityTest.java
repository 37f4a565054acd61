package dev.migrate.internal.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.FleetListener;
import dev.migrate.FleetTarget;
import dev.migrate.FleetTargets;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateFleet;
import dev.migrate.result.FleetResult;
import dev.migrate.result.FleetState;
import dev.migrate.result.FleetTargetResult;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What happens to a fleet when the runner is killed with {@code kill -9} mid-run, and
 * when one of two servers stops mid-run.
 */
@PostgresTest
class FleetReliabilityTest {

	private static final List<String> KILL_TENANTS = List.of("k1", "k2", "k3", "k4", "k5", "k6");

	@Test
	void killedFleetRunnerLeavesEveryTargetConsistentAndARerunFinishesTheRest(TestDatabase db) throws Exception {
		execute(db.connect(), "CREATE TABLE public.sleep_control (seconds float)");
		execute(db.connect(), "INSERT INTO public.sleep_control VALUES (1.5)");
		List<String> args = new ArrayList<>(List.of(db.jdbcUrl(), db.user(), db.password(), "fleet-kill", "2"));
		args.addAll(KILL_TENANTS);
		Process victim = FleetProcess.start(args.toArray(String[]::new));
		awaitDoneTenants(db, 2);
		victim.destroyForcibly();
		assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();

		int done = 0;
		int remaining = 0;
		for (String tenant : KILL_TENANTS) {
			List<String> version = versionOf(db, tenant);
			// Each target stopped at a revision boundary: the slow revision's table
			// exists
			// exactly when the revision is recorded.
			boolean halfDone = !query(db,
					"SELECT 1 FROM pg_tables WHERE schemaname = '" + tenant + "' AND tablename = 'half_done'")
				.isEmpty();
			assertThat(halfDone).as(tenant + " at " + version)
				.isEqualTo(version.contains("fk002") || version.contains("fk003"));
			done += version.contains("fk003") ? 1 : 0;
			remaining += 3 - (version.isEmpty() ? 0 : Integer.parseInt(version.get(0).substring(2)));
		}
		assertThat(done).isBetween(2, KILL_TENANTS.size() - 1);

		execute(db.connect(), "UPDATE public.sleep_control SET seconds = 0");
		FleetResult rerun = MigrateFleet.builder(Migrate.create(config(db, "fleet-kill").build()))
			.targets(FleetTargets.schemas(KILL_TENANTS))
			.build()
			.upgrade(Migrate.HEADS);
		assertThat(rerun.counts()).containsEntry(FleetState.UP_TO_DATE, KILL_TENANTS.size());
		int rerunApplied = 0;
		for (FleetTargetResult target : rerun.targets()) {
			rerunApplied += target.applied().size();
		}
		// Nothing applied twice: the rerun ran exactly what each target still lacked.
		assertThat(rerunApplied).isEqualTo(remaining);
		for (String tenant : KILL_TENANTS) {
			assertThat(query(db,
					"SELECT revision, count(*) FROM " + tenant
							+ ".migrate_history WHERE success GROUP BY revision ORDER BY revision"))
				.containsExactly("fk001|1", "fk002|1", "fk003|1");
			assertThat(query(db, "SELECT count(*) FROM " + tenant + ".half_done")).containsExactly("1");
		}
	}

	@Test
	void targetsOnTwoServersWhenOneStopsMidRun(TestDatabase db) throws Exception {
		EmbeddedPostgres second = EmbeddedPostgres.builder().start();
		try {
			String secondUrl = second.getJdbcUrl("postgres", "postgres");
			List<FleetTarget> targets = List.of(FleetTarget.schema("one_a"),
					new FleetTarget("two_a", secondUrl, "two_a", Set.of()), FleetTarget.schema("one_b"),
					new FleetTarget("two_b", secondUrl, "two_b", Set.of()), FleetTarget.schema("one_c"),
					new FleetTarget("two_c", secondUrl, "two_c", Set.of()));
			FleetListener stopSecondAfterItsFirstTarget = new FleetListener() {
				@Override
				public void targetFinished(FleetTargetResult result, int done, int failed, int total) {
					if (result.target().equals("two_a")) {
						try {
							second.close();
						}
						catch (java.io.IOException ex) {
							throw new IllegalStateException(ex);
						}
					}
				}
			};
			FleetResult result = MigrateFleet.builder(Migrate.create(config(db, "fleet").build()))
				.targets(targets)
				.parallelism(1)
				.listener(stopSecondAfterItsFirstTarget)
				.build()
				.upgrade(Migrate.HEADS);
			assertThat(result.targets()).extracting(FleetTargetResult::target, FleetTargetResult::state)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("one_a", FleetState.UP_TO_DATE),
						org.assertj.core.groups.Tuple.tuple("two_a", FleetState.UP_TO_DATE),
						org.assertj.core.groups.Tuple.tuple("one_b", FleetState.UP_TO_DATE),
						org.assertj.core.groups.Tuple.tuple("two_b", FleetState.FAILED),
						org.assertj.core.groups.Tuple.tuple("one_c", FleetState.UP_TO_DATE),
						org.assertj.core.groups.Tuple.tuple("two_c", FleetState.FAILED));
			assertThat(result.targets().get(5).error()).startsWith("not attempted: database")
				.contains("is unreachable")
				.contains("target two_b");
			for (String schema : List.of("one_a", "one_b", "one_c")) {
				assertThat(versionOf(db, schema)).containsExactly("f0003");
			}
		}
		finally {
			second.close();
		}
	}

	private static MigrateConfig.Builder config(TestDatabase db, String fixture) {
		return MigrateConfig.builder()
			.url(db.jdbcUrl())
			.user(db.user())
			.password(db.password())
			.locations("classpath:runtime-revisions/" + fixture)
			.lockWaitTimeout(Duration.ofSeconds(60))
			.connectRetries(0);
	}

	private static void awaitDoneTenants(TestDatabase db, int count) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			int done = 0;
			for (String tenant : KILL_TENANTS) {
				done += versionOf(db, tenant).contains("fk003") ? 1 : 0;
			}
			if (done >= count) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the fleet process never finished " + count + " tenants");
	}

	private static List<String> versionOf(TestDatabase db, String schema) throws Exception {
		if (query(db, "SELECT 1 FROM pg_tables WHERE schemaname = '" + schema + "' AND tablename = 'migrate_version'")
			.isEmpty()) {
			return List.of();
		}
		return query(db, "SELECT revision FROM " + schema + ".migrate_version");
	}

	private static void execute(Connection connection, String sql) throws Exception {
		try (connection; Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static List<String> query(TestDatabase db, String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(i > 1 ? "|" : "").append(rs.getString(i));
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

}

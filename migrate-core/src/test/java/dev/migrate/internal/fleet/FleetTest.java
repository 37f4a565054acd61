package dev.migrate.internal.fleet;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fleet of tenant schemas on one real database: isolation of each target (tables,
 * state, lock), isolated failures, reruns that touch only targets still behind, and two
 * runners at once.
 */
@PostgresTest
class FleetTest {

	private final TestDatabase db;

	FleetTest(TestDatabase db) {
		this.db = db;
	}

	@BeforeEach
	void dropTenants() throws Exception {
		execute("DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant_%'"
				+ " LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$");
	}

	@Test
	void upgradesEveryTenantInItsOwnSchemaAndRerunsTouchOnlyThoseBehind() throws Exception {
		MigrateFleet fleet = fleet(schemas("tenant_a", "tenant_b", "tenant_c"), 2, false);
		FleetResult first = fleet.upgrade("heads");
		assertThat(first.targets()).extracting(FleetTargetResult::state).containsOnly(FleetState.UP_TO_DATE);
		assertThat(first.targets())
			.allSatisfy(target -> assertThat(target.applied()).containsExactly("f0001", "f0002", "f0003"));
		for (String tenant : List.of("tenant_a", "tenant_b", "tenant_c")) {
			assertThat(query("SELECT revision FROM " + tenant + ".migrate_version")).containsExactly("f0003");
			assertThat(query("SELECT obj_description('" + tenant + ".items'::regclass)"))
				.containsExactly("items of one tenant");
		}
		assertThat(query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'items'"))
			.containsExactly("0");

		MigrateFleet grown = fleet(schemas("tenant_a", "tenant_b", "tenant_c", "tenant_d"), 2, false);
		FleetResult rerun = grown.upgrade("heads");
		assertThat(rerun.targets()).extracting(FleetTargetResult::applied)
			.containsExactly(List.of(), List.of(), List.of(), List.of("f0001", "f0002", "f0003"));
		// The up-to-date tenants were answered from the batched read: no run, no history
		// row.
		assertThat(query("SELECT count(*) FROM tenant_a.migrate_history")).containsExactly("3");
		assertThat(grown.verify().counts()).containsEntry(FleetState.UP_TO_DATE, 4);
	}

	@Test
	void oneFailingTenantDoesNotStopTheOthersAndIsNamedWithRevisionAndError() throws Exception {
		MigrateFleet fleet = fleet(schemas("tenant_a", "tenant_b", "tenant_c"), 2, false);
		fleet.upgrade("f0002");
		execute("INSERT INTO tenant_b.items VALUES (1, 0)");

		FleetResult result = fleet.upgrade("heads");
		assertThat(result.targets()).extracting(FleetTargetResult::target, FleetTargetResult::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("tenant_a", FleetState.UP_TO_DATE),
					org.assertj.core.groups.Tuple.tuple("tenant_b", FleetState.FAILED),
					org.assertj.core.groups.Tuple.tuple("tenant_c", FleetState.UP_TO_DATE));
		FleetTargetResult failed = result.targets().get(1);
		assertThat(failed.failedRevision()).isEqualTo("f0003");
		assertThat(failed.error()).contains("items_qty_positive");
		assertThat(failed.current()).containsExactly("f0002");
		assertThat(query("SELECT revision FROM tenant_b.migrate_version")).containsExactly("f0002");

		FleetResult verify = fleet.verify();
		assertThat(verify.counts()).containsEntry(FleetState.UP_TO_DATE, 2).containsEntry(FleetState.FAILED, 1);
		FleetTargetResult reported = verify.notUpToDate().get(0);
		assertThat(reported.target()).isEqualTo("tenant_b");
		assertThat(reported.failedRevision()).isEqualTo("f0003");
		assertThat(reported.error()).contains("items_qty_positive");
		assertThat(reported.pending()).isEqualTo(1);

		execute("UPDATE tenant_b.items SET qty = 1");
		FleetResult fixed = fleet.upgrade("heads");
		assertThat(fixed.targets()).extracting(FleetTargetResult::applied)
			.containsExactly(List.of(), List.of("f0003"), List.of());
		assertThat(fleet.verify().counts()).containsEntry(FleetState.UP_TO_DATE, 3);
	}

	@Test
	void failFastLeavesTheTargetsNotYetStartedPending() throws Exception {
		MigrateFleet setup = fleet(schemas("tenant_a", "tenant_b", "tenant_c"), 1, false);
		setup.upgrade("f0002");
		execute("INSERT INTO tenant_a.items VALUES (1, 0)");

		FleetResult result = fleet(schemas("tenant_a", "tenant_b", "tenant_c"), 1, true).upgrade("heads");
		assertThat(result.targets()).extracting(FleetTargetResult::state)
			.containsExactly(FleetState.FAILED, FleetState.PENDING, FleetState.PENDING);
		assertThat(result.targets().get(1).error()).contains("not started").contains("tenant_a");
		assertThat(query("SELECT revision FROM tenant_c.migrate_version")).containsExactly("f0002");
	}

	@Test
	void twoFleetRunnersStartedTogetherUpgradeEachTargetOnce() throws Exception {
		List<FleetTarget> targets = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			targets.add(FleetTarget.schema("tenant_" + i));
		}
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<FleetResult>> runs = new ArrayList<>();
		for (int r = 0; r < 2; r++) {
			MigrateFleet fleet = fleet(targets, 3, false);
			runs.add(CompletableFuture.supplyAsync(() -> {
				await(go);
				return fleet.upgrade("heads");
			}));
		}
		go.countDown();
		int applied = 0;
		for (CompletableFuture<FleetResult> run : runs) {
			FleetResult result = run.join();
			assertThat(result.counts()).containsEntry(FleetState.UP_TO_DATE, 12);
			applied += result.appliedCount();
		}
		assertThat(applied).isEqualTo(12 * 3);
		for (FleetTarget target : targets) {
			assertThat(query("SELECT revision, count(*) FROM " + target.schema()
					+ ".migrate_history WHERE success GROUP BY revision ORDER BY revision"))
				.containsExactly("f0001|1", "f0002|1", "f0003|1");
		}
	}

	@Test
	void targetsComeFromAQueryOnTheControlDatabase() throws Exception {
		execute("CREATE TABLE IF NOT EXISTS tenants (schema_name text, canary boolean)");
		execute("TRUNCATE tenants");
		execute("INSERT INTO tenants VALUES ('tenant_x', true), ('tenant_y', false)");
		MigrateConfig control = config().build();
		List<FleetTarget> all = FleetTargets.query(control, "select schema_name from tenants order by 1");
		assertThat(all).extracting(FleetTarget::name).containsExactly("tenant_x", "tenant_y");
		List<FleetTarget> canaries = FleetTargets.query(control,
				"select schema_name as schema, case when canary then 'canary' end as labels from tenants order by 1");
		FleetResult canary = fleet(FleetTargets.withLabel(canaries, "canary"), 2, false).upgrade("heads");
		assertThat(canary.targets()).extracting(FleetTargetResult::target).containsExactly("tenant_x");
		assertThat(fleet(all, 2, false).verify().targets()).extracting(FleetTargetResult::state)
			.containsExactly(FleetState.UP_TO_DATE, FleetState.PENDING);
	}

	/**
	 * A target that records revisions this release does not know is ahead when all of
	 * this release is applied too (the next release migrated it), and failed when this
	 * release's revisions are missing (diverged): the batched read cannot tell the two
	 * apart from the heads alone, so the fleet traces such targets' history.
	 */
	@Test
	void aTargetAheadOfThisReleaseIsAheadAndADivergedOneFails() throws Exception {
		assertThat(nextRelease("tenant_a").upgrade("x0004").anyFailed()).isFalse();
		assertThat(nextRelease("tenant_b").upgrade("y0004").anyFailed()).isFalse();

		MigrateFleet fleet = fleet(schemas("tenant_a", "tenant_b", "tenant_c"), 2, false);
		FleetResult verify = fleet.verify();
		assertThat(verify.targets()).extracting(FleetTargetResult::state)
			.containsExactly(FleetState.AHEAD, FleetState.FAILED, FleetState.PENDING);
		assertThat(verify.targets().get(1).error()).contains("diverged from this release", "y0004", "f0003");

		FleetResult upgrade = fleet.upgrade("heads");
		assertThat(upgrade.targets()).extracting(FleetTargetResult::state)
			.containsExactly(FleetState.AHEAD, FleetState.FAILED, FleetState.UP_TO_DATE);
		assertThat(query("SELECT revision FROM tenant_b.migrate_version")).containsExactly("y0004");
		assertThat(query("SELECT count(*) FROM tenant_b.migrate_history")).containsExactly("3");
	}

	private MigrateConfig.Builder config() {
		return MigrateConfig.builder()
			.url(db.jdbcUrl())
			.user(db.user())
			.password(db.password())
			.locations("classpath:runtime-revisions/fleet")
			.lockWaitTimeout(Duration.ofSeconds(60))
			.connectRetries(0);
	}

	/** One tenant in a fleet of a release that also has the revisions of fleet-next. */
	private MigrateFleet nextRelease(String tenant) {
		return MigrateFleet.builder(Migrate
			.create(config().locations("classpath:runtime-revisions/fleet", "classpath:runtime-revisions/fleet-next")
				.build()))
			.targets(schemas(tenant))
			.build();
	}

	private MigrateFleet fleet(List<FleetTarget> targets, int parallelism, boolean failFast) {
		return MigrateFleet.builder(Migrate.create(config().build()))
			.targets(targets)
			.parallelism(parallelism)
			.failFast(failFast)
			.build();
	}

	private static List<FleetTarget> schemas(String... schemas) {
		return FleetTargets.schemas(List.of(schemas));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void execute(String sql) throws Exception {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private List<String> query(String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = db.connect();
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

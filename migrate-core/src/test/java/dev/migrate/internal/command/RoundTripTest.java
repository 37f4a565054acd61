package dev.migrate.internal.command;

import dev.migrate.result.RevisionInfo;

import dev.migrate.result.PlannedStep;

import dev.migrate.result.AppliedStep;
import dev.migrate.result.DowngradeResult;
import dev.migrate.result.HistoryEntry;
import dev.migrate.result.HistoryRecord;
import dev.migrate.result.HistoryResult;
import dev.migrate.result.MigrationStatus;
import dev.migrate.result.StampResult;
import dev.migrate.result.UpgradeResult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateListener;
import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import dev.migrate.Direction;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Upgrade heads, downgrade base, upgrade heads again on a graph with a branch point, a
 * merge, a second base, depends-on and a non-transactional revision
 * ({@code CREATE INDEX CONCURRENTLY}).
 */
@PostgresTest
class RoundTripTest {

	@Test
	void upgradeDowngradeUpgradeOnABranchedGraph(TestDatabase db) throws Exception {
		List<String> events = new ArrayList<>();
		Migrate migrate = Migrate
			.create(Fixtures.config(db, "graph").appVersion("2.3.4").listener(new MigrateListener() {
				@Override
				public void runStarted(RunInfo run) {
					events.add("run " + run.command());
				}

				@Override
				public void stepFinished(PlannedStep step, Duration duration, Throwable error) {
					events.add(step.direction().label() + " " + step.revision().id());
				}

				@Override
				public void lockAcquired(Duration waited) {
					events.add("lock");
				}

				@Override
				public void runFinished(RunInfo run, RunOutcome outcome) {
					events.add("finished " + outcome.label() + " " + outcome.applied().size());
				}
			}).build());

		assertThat(migrate.current().atBase()).isTrue();
		assertThat(migrate.pending().steps()).extracting(s -> s.revision().id())
			.containsExactlyInAnyOrder("a0001", "b0001", "c0001", "d0001", "e0001", "f0001", "g0001");
		assertThat(migrate.verify().upToDate()).isFalse();

		assertThat(migrate.history().records()).isEmpty(); // a new database: no state
															// tables yet
		UpgradeResult first = migrate.upgrade();
		assertThat(first.headsBefore()).isEmpty();
		assertThat(first.headsAfter()).containsExactlyInAnyOrder("f0001", "g0001");
		assertThat(first.applied()).hasSize(7).allSatisfy(step -> {
			assertThat(step.direction()).isEqualTo(Direction.UPGRADE);
			assertThat(step.duration()).isPositive();
		});
		List<String> order = first.applied().stream().map(AppliedStep::revision).toList();
		assertThat(order.indexOf("d0001")).isGreaterThan(order.indexOf("b0001")).isGreaterThan(order.indexOf("a0001"));
		assertThat(order.indexOf("d0001")).isGreaterThan(order.indexOf("c0001"));
		assertThat(order.indexOf("f0001")).isGreaterThan(order.indexOf("e0001")).isGreaterThan(order.indexOf("d0001"));
		assertThat(Fixtures.versions(db)).containsExactly("f0001", "g0001");
		assertThat(Fixtures.query(db,
				"SELECT indexname FROM pg_indexes WHERE indexname IN "
						+ "('orders_user_id', 'audit_log_entity') ORDER BY 1"))
			.containsExactly("audit_log_entity", "orders_user_id");
		assertThat(Fixtures.query(db,
				"SELECT count(*) FROM migrate_history WHERE success AND direction = 'upgrade' "
						+ "AND app_version = '2.3.4' AND checksum IS NOT NULL AND host IS NOT NULL"))
			.containsExactly("7");
		assertThat(events).startsWith("run upgrade", "lock").endsWith("finished success 7");

		UpgradeResult again = migrate.upgrade();
		assertThat(again.upToDate()).isTrue();
		assertThat(migrate.verify().upToDate()).isTrue();
		assertThat(migrate.pending().isEmpty()).isTrue();
		assertThat(migrate.current().heads()).containsExactly("f0001", "g0001");
		assertThat(migrate.heads().heads()).extracting(RevisionInfo::id).containsExactly("f0001", "g0001");
		assertThat(migrate.branches().children().get("a0001")).extracting(RevisionInfo::id)
			.containsExactly("b0001", "c0001");
		assertThat(migrate.show("d000").revision().revises()).containsExactly("b0001", "c0001");
		HistoryResult history = migrate.history();
		assertThat(history.entries()).hasSize(7).allSatisfy(entry -> {
			assertThat(entry.applied()).isTrue();
			assertThat(entry.lastRun().direction()).isEqualTo("upgrade");
			assertThat(entry.lastRun().revision()).isEqualTo(entry.revision().id());
		});
		assertThat(history.entries()).filteredOn(HistoryEntry::current)
			.extracting(e -> e.revision().id())
			.containsExactlyInAnyOrder("f0001", "g0001");
		assertThat(history.records()).hasSize(7);
		HistoryResult range = migrate.history("a0001:d0001");
		assertThat(range.entries()).extracting(e -> e.revision().id())
			.containsExactlyInAnyOrder("a0001", "b0001", "c0001", "d0001");
		assertThat(range.records()).extracting(HistoryRecord::revision)
			.containsExactlyInAnyOrder("a0001", "b0001", "c0001", "d0001");
		MigrationStatus status = migrate.status();
		assertThat(status.upToDate()).isTrue();
		assertThat(status.applied()).hasSize(7);
		assertThat(status.lastRun().outcome().applied()).isEmpty();

		DowngradeResult down = migrate.downgrade("base");
		assertThat(down.headsAfter()).isEmpty();
		assertThat(down.applied()).extracting(AppliedStep::revision).hasSize(7);
		assertThat(Fixtures.versions(db)).isEmpty();
		assertThat(Fixtures.query(db,
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' " + "ORDER BY 1"))
			.containsExactly("migrate_history", "migrate_version");
		assertThat(Fixtures.query(db, "SELECT proname FROM pg_proc WHERE proname = 'audit_users'")).isEmpty();

		UpgradeResult third = migrate.upgrade("heads");
		assertThat(third.applied()).hasSize(7);
		assertThat(Fixtures.versions(db)).containsExactly("f0001", "g0001");
		assertThat(Fixtures.query(db, "SELECT direction, count(*) FROM migrate_history GROUP BY 1 ORDER BY 1"))
			.containsExactly("downgrade|7", "upgrade|14");
	}

	@Test
	void stampRecordsHeadsWithoutRunningAndPurgeRepairsAnUnknownHead() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "graph").build());
			StampResult stamped = migrate.stamp(List.of("d0001"), false);
			assertThat(stamped.headsAfter()).containsExactly("d0001");
			assertThat(Fixtures.versions(db)).containsExactly("d0001");
			assertThat(Fixtures.query(db, "SELECT to_regclass('users') IS NULL")).containsExactly("t");

			assertThat(migrate.stamp(List.of("audit@head"), false).headsAfter()).containsExactlyInAnyOrder("d0001",
					"g0001");
			assertThat(Fixtures.query(db,
					"SELECT revision, direction, from_heads, to_heads FROM migrate_history " + "ORDER BY id"))
				.containsExactly("d0001|stamp||d0001", "g0001|stamp|d0001|d0001,g0001");

			try (var connection = db.connect(); var statement = connection.createStatement()) {
				statement.execute("UPDATE migrate_version SET revision = 'deleted1' WHERE revision = 'd0001'");
			}
			assertThat(migrate.current().unknown()).containsExactly("deleted1");
			StampResult purged = migrate.stamp(List.of("b0001"), true);
			assertThat(purged.purged()).isTrue();
			assertThat(purged.headsBefore()).containsExactlyInAnyOrder("deleted1", "g0001");
			assertThat(Fixtures.versions(db)).containsExactly("b0001");

			List<RevisionInfo> pending = migrate.status().pending();
			assertThat(pending).extracting(RevisionInfo::id)
				.contains("c0001", "d0001", "e0001")
				.doesNotContain("b0001");
		}
	}

}

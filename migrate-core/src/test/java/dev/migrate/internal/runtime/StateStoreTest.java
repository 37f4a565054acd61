package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.VersionTableConflictException;
import dev.migrate.result.HistoryRecord;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@PostgresTest
class StateStoreTest {

	@Test
	void createsTablesOnFirstUseAndWritesHeadsWithRowCountChecks(TestDatabase db) throws Exception {
		StateStore store = new StateStore(new StateTableNames("state_a", "versions", "hist"));
		try (Connection connection = db.connect()) {
			assertThat(store.read(connection)).isEqualTo(DatabaseState.NEW);

			store.createTables(connection);
			store.createTables(connection);
			DatabaseState empty = store.read(connection);
			assertThat(empty.heads()).isEmpty();
			assertThat(empty.tablesExist()).isTrue();

			List<SqlCommand> commands = new ArrayList<>();
			commands.add(SqlCommand.of("SELECT set_config('lock_timeout', '0', false)", SqlCommand.ANY_ROWS));
			commands.addAll(store.versionTable().changes(Set.of(), Set.of("a1", "b1")));
			commands.add(store.historyTable().insert(row("a1", List.of(), List.of("a1", "b1"), "sum-a1")));
			store.write(connection, commands);

			store.write(connection, store.versionTable().changes(Set.of("a1", "b1"), Set.of("m1")));
			DatabaseState state = store.read(connection);
			assertThat(state.heads()).containsExactly("m1");
			assertThat(state.lastUpgrades()).containsOnlyKeys("a1");
			assertThat(state.lastUpgrades().get("a1").checksum()).isEqualTo("sum-a1");
			assertThat(state.lastUpgrades().get("a1").appliedBy()).isEqualTo(db.user());

			assertThatThrownBy(
					() -> store.write(connection, store.versionTable().changes(Set.of("gone"), Set.of("x1"))))
				.isInstanceOf(VersionTableConflictException.class)
				.hasMessageContaining("affected 0 rows, expected 1");
		}
	}

	@Test
	void aVersionChangeThatMissesItsRowFailsBeforeTheStepCanCommit(TestDatabase db) throws Exception {
		StateStore store = new StateStore(new StateTableNames(null, "wc_versions", "wc_history"));
		try (Connection connection = db.connect(); var statement = connection.createStatement()) {
			store.createTables(connection);
			statement.execute("CREATE TABLE wc_revision_work (id int)");
			connection.setAutoCommit(false);
			store.write(connection, List.of(store.versionTable().changes(Set.of(), Set.of("a1")).get(0),
					store.historyTable().insert(row("a1", List.of(), List.of("a1"), "sum-a1"))));
			connection.commit();

			statement.execute("INSERT INTO wc_revision_work VALUES (1)"); // the
																			// revision's
																			// own work
			List<SqlCommand> commands = new ArrayList<>(store.versionTable().changes(Set.of("gone"), Set.of("b1")));
			commands.add(store.historyTable().insert(row("b1", List.of("gone"), List.of("b1"), "sum-b1")));
			assertThatThrownBy(() -> store.write(connection, commands))
				.isInstanceOf(VersionTableConflictException.class)
				.hasMessageContaining("affected 0 rows, expected 1")
				.hasMessageContaining("WHERE revision = 'gone'");
			connection.rollback();
			connection.setAutoCommit(true);
		}
		// Nothing of the failed step was committed: not its work, not its version change,
		// not its history row.
		try (Connection other = db.connect();
				var statement = other.createStatement();
				var rs = statement.executeQuery("SELECT (SELECT count(*) FROM wc_revision_work), "
						+ "(SELECT string_agg(revision, ',') FROM wc_versions), (SELECT count(*) FROM wc_history)")) {
			rs.next();
			assertThat(rs.getInt(1)).isZero();
			assertThat(rs.getString(2)).isEqualTo("a1");
			assertThat(rs.getInt(3)).isEqualTo(1);
		}
	}

	@Test
	void theReadForPlanningHasTheLastChecksumOfEachRevisionButNoWholeRows(TestDatabase db) throws Exception {
		StateStore store = new StateStore(new StateTableNames(null, "plan_versions", "plan_history"));
		try (Connection connection = db.connect()) {
			assertThat(store.readForPlanning(connection)).isEqualTo(DatabaseState.NEW);
			store.createTables(connection);
			store.write(connection, List.of(store.versionTable().changes(Set.of(), Set.of("a1")).get(0),
					store.historyTable().insert(row("a1", List.of(), List.of("a1"), "first-a1"))));
			store.write(connection, List.of(store.versionTable().changes(Set.of("a1"), Set.of("b1")).get(0),
					store.historyTable().insert(row("b1", List.of("a1"), List.of("b1"), "sum-b1"))));
			// a1 downgraded and applied again, edited in between: the last successful
			// upgrade counts
			store.write(connection,
					List.of(store.historyTable().insert(row("a1", List.of(), List.of("a1"), "second-a1"))));

			DatabaseState planning = store.readForPlanning(connection);
			assertThat(planning.heads()).containsExactly("b1");
			assertThat(planning.appliedChecksums()).containsExactly(
					org.assertj.core.api.Assertions.entry("b1", "sum-b1"),
					org.assertj.core.api.Assertions.entry("a1", "second-a1"));
			assertThat(planning.lastUpgrades()).isEmpty();
			assertThat(planning.tablesExist()).isTrue();
			assertThat(store.read(connection).appliedChecksums()).isEqualTo(planning.appliedChecksums());
			assertThat(store.readHeadsOnly(connection)).containsExactly("b1");
		}
	}

	@Test
	void theReadForPlanningReadsTheUnfinishedStepsOnlyWhenThereAreAny(TestDatabase db) throws Exception {
		StateStore store = new StateStore(new StateTableNames(null, "unf_versions", "unf_history"));
		try (Connection connection = db.connect()) {
			store.createTables(connection);
			store.write(connection, List.of(store.versionTable().changes(Set.of(), Set.of("a1")).get(0),
					store.historyTable().insert(row("a1", List.of(), List.of("a1"), "sum-a1"))));
			assertThat(store.readForPlanning(connection).unfinished()).isEmpty();
			// A failed step, then one recorded as started that did not finish.
			HistoryRecord failed = row("b1", List.of("a1"), List.of("a1"), "sum-b1");
			store.write(connection,
					List.of(store.historyTable()
						.insert(new HistoryRecord(0, "b1", "upgrade", List.of("a1"), List.of("a1"), "sum-b1", "msg",
								Instant.now(), 5, false, "boom", null, "host", "1.0"))));
			store.write(connection, List.of(store.historyTable().insertStarted(failed)));

			DatabaseState planning = store.readForPlanning(connection);
			assertThat(planning.appliedChecksums())
				.containsExactly(org.assertj.core.api.Assertions.entry("a1", "sum-a1"));
			assertThat(planning.unfinished()).extracting(UnfinishedStep::revision).containsExactly("b1");
			assertThat(planning.unfinished()).isEqualTo(store.read(connection).unfinished());
		}
	}

	@Test
	void twoSessionsCreatingTheTablesAtOnceBothSucceed(TestDatabase db) throws Exception {
		// A run on a new database creates them without the lock, while another instance
		// may be doing the same or holding the lock and creating them itself.
		for (int round = 0; round < 10; round++) {
			StateStore store = new StateStore(new StateTableNames("race_" + round, "versions", "hist"));
			CyclicBarrier start = new CyclicBarrier(2);
			Callable<Void> create = () -> {
				try (Connection connection = db.connect()) {
					start.await();
					store.createTables(connection);
				}
				return null;
			};
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				for (Future<Void> result : pool.invokeAll(List.of(create, create))) {
					result.get();
				}
			}
			finally {
				pool.shutdownNow();
			}
			try (Connection connection = db.connect()) {
				assertThat(store.read(connection).tablesExist()).isTrue();
			}
		}
	}

	@Test
	void preparedWritesCheckCountsAndSurviveARevisionThatDeallocatesThem(TestDatabase db) throws Exception {
		StateStore store = new StateStore(new StateTableNames(null, "prep_versions", "prep_history"));
		PreparedStateWrites prepared = new PreparedStateWrites();
		try (Connection connection = db.connect(); var statement = connection.createStatement()) {
			store.createTables(connection);
			connection.setAutoCommit(false);
			List<String> heads = List.of("", "a1", "b1", "c1", "d1", "e1", "f1", "g1");
			for (int i = 1; i < heads.size(); i++) {
				Set<String> before = heads.get(i - 1).isEmpty() ? Set.of() : Set.of(heads.get(i - 1));
				if (i == 4) {
					// What a revision may do: the next write finds its statements gone.
					statement.execute("DEALLOCATE ALL");
				}
				List<SqlCommand> commands = new ArrayList<>(store.versionTable().changes(before, Set.of(heads.get(i))));
				commands.add(store.historyTable()
					.insert(row(heads.get(i), List.copyOf(before), List.of(heads.get(i)), "it's \\ sum " + i)));
				prepared.writeAndCommit(connection, store, commands);
			}
			assertThat(store.readForPlanning(connection).heads()).containsExactly("g1");
			assertThat(store.readHistory(connection)).extracting(HistoryRecord::checksum)
				.containsExactly("it's \\ sum 1", "it's \\ sum 2", "it's \\ sum 3", "it's \\ sum 4", "it's \\ sum 5",
						"it's \\ sum 6", "it's \\ sum 7");

			// A version row changed behind the run's back fails the count check.
			assertThatThrownBy(() -> prepared.writeAndCommit(connection, store,
					store.versionTable().changes(Set.of("x1"), Set.of("y1"))))
				.isInstanceOf(VersionTableConflictException.class);
			connection.rollback();
			connection.setAutoCommit(true);

			assertThat(preparedStatements(connection)).isPositive();
			prepared.deallocate(connection);
			assertThat(preparedStatements(connection)).isZero();
		}
	}

	private static int preparedStatements(Connection connection) throws Exception {
		try (var statement = connection.createStatement();
				var rs = statement
					.executeQuery("SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'migrate%'")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	@Test
	void readsAnExistingVersionTableWithoutHistory(TestDatabase db) throws Exception {
		StateStore store = new StateStore(new StateTableNames(null, "only_versions", "missing_history"));
		try (Connection connection = db.connect(); var statement = connection.createStatement()) {
			statement.execute("CREATE TABLE only_versions (revision varchar(64) PRIMARY KEY);"
					+ "INSERT INTO only_versions VALUES ('abc1')");
			DatabaseState state = store.read(connection);
			assertThat(state.heads()).containsExactly("abc1");
			assertThat(state.tablesExist()).isFalse();
			assertThat(store.readForPlanning(connection).heads()).containsExactly("abc1");
			assertThat(store.readHistory(connection)).isEmpty();
		}
	}

	static HistoryRecord row(String revision, List<String> from, List<String> to, String checksum) {
		return new HistoryRecord(0, revision, "upgrade", from, to, checksum, "msg", Instant.now(), 5, true, null, null,
				"host", "1.0");
	}

}

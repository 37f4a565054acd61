package dev.migrate.internal.command;

import dev.migrate.result.UpgradeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.DatabaseUnavailableException;
import dev.migrate.IrreversibleMigrationException;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.MigrationFailedException;
import dev.migrate.NonTransactionalRevisionException;
import dev.migrate.TransactionMode;
import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.SqlScriptException;
import java.io.StringWriter;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failing statements and bad input: clear errors, nothing changed. */
@PostgresTest
class FailureTest {

	@Test
	void failingStatementRollsBackItsRevisionRecordsTheFailureAndStops() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "failing").build());
			assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
				assertThat(ex.revision()).isEqualTo("m0002");
				assertThat(ex.location().file()).endsWith("m0002_broken.sql");
				assertThat(ex.location().line()).isEqualTo(8);
				assertThat(ex.statement()).contains("ALTER TABLE no_such_table");
				assertThat(ex.getMessage()).contains("m0002", "m0002_broken.sql:8",
						"relation \"no_such_table\" does not exist", "ALTER TABLE no_such_table ADD COLUMN x int");
			});
			assertThat(Fixtures.versions(db)).containsExactly("m0001");
			assertThat(Fixtures.query(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = "
					+ "'products' AND column_name = 'price'"))
				.containsExactly("0");
			assertThat(Fixtures.query(db, "SELECT to_regclass('never_created') IS NULL")).containsExactly("t");
			assertThat(Fixtures.query(db,
					"SELECT revision, success, from_heads, to_heads, coalesce(error LIKE '%no_such_table%', true) "
							+ "FROM migrate_history ORDER BY id"))
				.containsExactly("m0001|t||m0001|t", "m0002|f|m0001|m0001|t");
		}
	}

	@Test
	void aScriptThatCannotBeSplitStopsTheUpgradeBeforeAnyRevisionRuns() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			// Loading reads headers and checksums only; the statements are split when a
			// plan is about to run.
			Migrate migrate = Migrate.create(Fixtures.config(db, "badscript").build());
			assertThat(migrate.pending().steps()).hasSize(2);
			assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(SqlScriptException.class, ex -> {
				assertThat(ex.problem()).isEqualTo(SqlScriptException.Problem.UNTERMINATED_DOLLAR_QUOTE);
				assertThat(ex.location())
					.isEqualTo(new SourceLocation("classpath:runtime-revisions/badscript/b0002_unterminated.sql", 6));
			});
			// Not even b0001, which is fine, ran; nor were the state tables created.
			assertThat(Fixtures.query(db, "SELECT to_regclass('fine') IS NULL, to_regclass('migrate_version') IS NULL"))
				.containsExactly("t|t");
			assertThatThrownBy(() -> migrate.upgradeSql("heads", new StringWriter()))
				.isInstanceOf(SqlScriptException.class);
			// A target before the broken file still works.
			assertThat(migrate.upgrade("b0001").applied()).hasSize(1);
		}
	}

	@Test
	void transactionControlInATransactionalRevisionIsRefusedBeforeAnythingRuns() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "txcontrol").build());
			assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(SqlScriptException.class, ex -> {
				assertThat(ex.problem()).isEqualTo(SqlScriptException.Problem.TRANSACTION_CONTROL);
				assertThat(ex.location())
					.isEqualTo(new SourceLocation("classpath:runtime-revisions/txcontrol/t0002_commits.sql", 8));
				assertThat(ex.getMessage()).contains("t0002", "COMMIT", "Nothing was run", "transactional: false");
			});
			// Not even t0001 ran, and the COMMIT made nothing of t0002 permanent.
			assertThat(Fixtures.query(db, "SELECT to_regclass('tx_first') IS NULL, to_regclass('tx_half') IS NULL, "
					+ "to_regclass('migrate_version') IS NULL"))
				.containsExactly("t|t|t");
			assertThatThrownBy(() -> migrate.upgradeSql("heads", new StringWriter()))
				.isInstanceOf(SqlScriptException.class);
		}
	}

	@Test
	void downgradeThroughAnIrreversibleRevisionFailsBeforeRunningAnything() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "irreversible").build());
			migrate.upgrade();
			assertThatThrownBy(() -> migrate.downgrade("base")).isInstanceOf(IrreversibleMigrationException.class)
				.hasMessageContaining("i0002");
			assertThat(Fixtures.versions(db)).containsExactly("i0003");
			assertThat(Fixtures.query(db, "SELECT to_regclass('irr_three') IS NOT NULL")).containsExactly("t");
			assertThat(Fixtures.query(db, "SELECT count(*) FROM migrate_history WHERE direction = 'downgrade'"))
				.containsExactly("0");
		}
	}

	@Test
	void badTargetsAndRecordedStateFailWithClearErrorsAndChangeNothing() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "graph").build());
			assertThatThrownBy(() -> migrate.upgrade("zzzz9")).isInstanceOf(MigrateException.class)
				.hasMessageContaining("zzzz9");
			assertThatThrownBy(() -> migrate.upgrade("head")).isInstanceOf(MigrateException.class)
				.hasMessageContaining("f0001")
				.hasMessageContaining("g0001");
			assertThat(Fixtures.query(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
				.as("a new database stays untouched, state tables included")
				.containsExactly("0");

			migrate.upgrade("b0001");
			try (var connection = db.connect(); var statement = connection.createStatement()) {
				statement.execute("UPDATE migrate_version SET revision = 'gone42'");
			}
			assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrateException.class)
				.hasMessageContaining("gone42")
				.hasMessageContaining("stamp");
			assertThat(Fixtures.versions(db)).containsExactly("gone42");

			try (var connection = db.connect(); var statement = connection.createStatement()) {
				statement
					.execute("DELETE FROM migrate_version; INSERT INTO migrate_version VALUES ('a0001'), ('b0001')");
			}
			assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrateException.class)
				.hasMessageContaining("a0001")
				.hasMessageContaining("b0001");
			assertThat(Fixtures.versions(db)).containsExactly("a0001", "b0001");
			assertThat(Fixtures.query(db, "SELECT to_regclass('audit_log') IS NULL")).containsExactly("t");
		}
	}

	@Test
	void transactionModeAllRefusesNonTransactionalRevisionsBeforeRunning() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "graph").transactionMode(TransactionMode.ALL).build());
			assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(NonTransactionalRevisionException.class,
					ex -> assertThat(ex.revisions()).containsExactly("f0001"));
			assertThat(Fixtures.query(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
				.containsExactly("0");

			UpgradeResult result = migrate.upgrade("d0001");
			assertThat(result.applied()).hasSize(4);
		}
	}

	@Test
	void transactionModeAllIsAllOrNothing() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate
				.create(Fixtures.config(db, "failing").transactionMode(TransactionMode.ALL).build());
			assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrationFailedException.class)
				.hasMessageContaining("m0002")
				.hasMessageContaining("the database stays at base as it was before this run")
				.hasMessageNotContaining("stays at m0001");
			assertThat(Fixtures.versions(db)).isEmpty();
			assertThat(Fixtures.query(db, "SELECT to_regclass('products') IS NULL")).containsExactly("t");
			// The failure row says where the database is: at base, before and after.
			assertThat(Fixtures.query(db,
					"SELECT revision, direction, from_heads, to_heads, success FROM " + "migrate_history ORDER BY id"))
				.containsExactly("m0002|upgrade|||f");
		}
	}

	@Test
	void transactionModeAllReportsTheRunsStartWhenItStartedPartWay() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate.create(Fixtures.config(db, "failing").build()).upgrade("m0001");
			Migrate migrate = Migrate
				.create(Fixtures.config(db, "failing").transactionMode(TransactionMode.ALL).build());
			assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrationFailedException.class)
				.hasMessageContaining("the database stays at m0001 as it was before this run");
			assertThat(Fixtures.versions(db)).containsExactly("m0001");
			assertThat(Fixtures.query(db, "SELECT revision, from_heads, to_heads, success FROM migrate_history "
					+ "WHERE NOT success ORDER BY id"))
				.containsExactly("m0002|m0001|m0001|f");
		}
	}

	@Test
	void databaseThatStartsAcceptingConnectionsLateIsWaitedFor(TestDatabase db) throws Exception {
		URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
		try (DelayedTcpProxy proxy = new DelayedTcpProxy(uri.getHost(), uri.getPort(), Duration.ofMillis(800))) {
			String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + uri.getPath();
			Migrate migrate = Migrate.create(Fixtures.config(db, "blocked")
				.url(url)
				.connectRetries(20)
				.connectRetryInterval(Duration.ofMillis(100))
				.build());
			long start = System.nanoTime();
			assertThat(migrate.upgrade().applied()).hasSize(2);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
		}
	}

	@Test
	void aServerThatAcceptsConnectionsAndNeverAnswersIsGivenUpOn() throws Exception {
		try (ServerSocket silent = new ServerSocket(0)) {
			List<java.net.Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						accepted.add(silent.accept());
					}
				}
				catch (java.io.IOException ex) {
					// closed at the end of the test
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			Migrate migrate = Migrate.create(MigrateConfig.builder()
				.url("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/silent")
				.user("nobody")
				.locations("classpath:runtime-revisions/graph")
				.connectRetries(0)
				.build());
			long start = System.nanoTime();
			assertThatThrownBy(migrate::upgrade).isInstanceOf(DatabaseUnavailableException.class)
				.hasMessageContaining("127.0.0.1:" + silent.getLocalPort());
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
			for (java.net.Socket socket : accepted) {
				socket.close();
			}
		}
	}

	@Test
	void unreachableDatabaseIsRetriedThenReportedWithoutThePassword() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		MigrateConfig config = MigrateConfig.builder()
			.url("jdbc:postgresql://127.0.0.1:" + port + "/nowhere?password=secret123")
			.user("nobody")
			.password("secret456")
			.locations("classpath:runtime-revisions/graph")
			.connectRetries(3)
			.connectRetryInterval(Duration.ofMillis(200))
			.build();
		Migrate migrate = Migrate.create(config);
		long start = System.nanoTime();
		assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(DatabaseUnavailableException.class, ex -> {
			assertThat(ex.attempts()).isEqualTo(4);
			assertThat(ex.getMessage()).contains("127.0.0.1:" + port, "4 attempts", "connect-retries")
				.doesNotContain("secret123", "secret456");
		});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
		assertThat(List.of(config.toString()))
			.noneMatch(text -> text.contains("secret456") || text.contains("secret123"));
	}

}

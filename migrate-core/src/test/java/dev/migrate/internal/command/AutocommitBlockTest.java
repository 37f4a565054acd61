package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.Migrate;
import dev.migrate.MigrationFailedException;
import dev.migrate.Resolution;
import dev.migrate.UnresolvedStepException;
import dev.migrate.result.AppliedStep;
import dev.migrate.result.FailedStep;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a SQL revision's {@code -- migrate:autocommit} block. Revision a0002 adds a
 * column, builds an index {@code CONCURRENTLY} in the block (PostgreSQL refuses that in a
 * transaction block, so its success shows the block ran in autocommit) and backfills the
 * column after it; {@code tx_log} records the transaction each part ran in, and
 * {@code fail_control} makes the part before or after the block fail.
 */
@PostgresTest
class AutocommitBlockTest {

	private static final String COMPLETED = "array_length(string_to_array(completed_statements, E'\\n;\\n'), 1)";

	private TestDatabase db;

	@BeforeEach
	void createDatabase() throws Exception {
		this.db = TestDatabase.create();
	}

	@AfterEach
	void dropDatabase() throws Exception {
		this.db.close();
	}

	@Test
	void theBlockRunsInAutocommitBetweenTwoTransactionsTheSecondCommittingWithTheStateRows() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "acblock").build());

		assertThat(migrate.upgrade().applied()).extracting(AppliedStep::revision)
			.containsExactly("a0001", "a0002", "a0003");

		assertThat(Fixtures.query(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_items_ref'::regclass"))
			.containsExactly("t");
		assertThat(Fixtures.query(db, "SELECT count(*) FROM items WHERE ref IS DISTINCT FROM id")).containsExactly("0");
		// Three transactions: before the block, the block's own, after the block.
		assertThat(Fixtures.query(db, "SELECT part FROM tx_log ORDER BY xid")).containsExactly("before", "block",
				"after");
		// One history row for a0002: started with the part before the block, finished by
		// the transaction after it, with every statement.
		assertThat(Fixtures.query(db,
				"SELECT success, " + COMPLETED + ", xmin::text::bigint = (SELECT xid % 4294967296 FROM tx_log"
						+ " WHERE part = 'after') FROM migrate_history WHERE revision = 'a0002'"))
			.containsExactly("t|9|t");
		assertThat(migrate.verify().upToDate()).isTrue();
	}

	@Test
	void aFailureAfterTheBlockLeavesTheRevisionPartlyAppliedUntilResolved() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "acblock").build());
		migrate.upgrade("a0001");
		Fixtures.execute(db, "UPDATE fail_control SET after_block = true");

		assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
			assertThat(ex.rolledBack()).isFalse();
			assertThat(ex.statementsAlreadyRun()).hasSize(6);
			assertThat(ex.getMessage()).contains("a0002", "division by zero", "partly applied",
					"CREATE INDEX CONCURRENTLY ix_items_ref", "migrate resolve a0002 --applied", "--rolled-back");
		});
		// Before and in the block: committed. After it: rolled back.
		assertThat(Fixtures.query(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_items_ref'::regclass"))
			.containsExactly("t");
		assertThat(Fixtures.query(db, "SELECT count(*) FROM items WHERE ref IS NULL")).containsExactly("100");
		assertThat(Fixtures.query(db, "SELECT part FROM tx_log ORDER BY xid")).containsExactly("before", "block");
		assertThat(Fixtures.versions(db)).containsExactly("a0001");
		assertThat(Fixtures.query(db, "SELECT success IS NULL, error IS NOT NULL, " + COMPLETED
				+ " FROM migrate_history WHERE revision = 'a0002'"))
			.containsExactly("t|t|6");
		assertThat(migrate.current().failed()).extracting(FailedStep::revision, FailedStep::state)
			.containsExactly(tuple("a0002", "failed"));
		assertThat(migrate.verify().upToDate()).isFalse();

		Fixtures.execute(db, "UPDATE fail_control SET after_block = false");
		assertThatThrownBy(Migrate.create(Fixtures.config(db, "acblock").build())::upgrade)
			.isInstanceOfSatisfying(UnresolvedStepException.class, ex -> {
				assertThat(ex.revision()).isEqualTo("a0002");
				assertThat(ex.getMessage()).contains("autocommit block", "CREATE INDEX CONCURRENTLY ix_items_ref",
						"migrate resolve a0002 --applied");
			});
		assertThat(Fixtures.query(db, "SELECT count(*) FROM tx_log")).containsExactly("2");

		// The operator runs the part after the block by hand and records it.
		Fixtures.execute(db, "UPDATE items SET ref = id");
		migrate.resolve("a0002", Resolution.APPLIED);
		assertThat(migrate.upgrade().applied()).extracting(AppliedStep::revision).containsExactly("a0003");
		assertThat(Fixtures.versions(db)).containsExactly("a0003");
	}

	@Test
	void aFailureBeforeTheBlockRollsTheRevisionBackWithoutAStartedRow() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "acblock").build());
		migrate.upgrade("a0001");
		Fixtures.execute(db, "UPDATE fail_control SET before_block = true");

		assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(MigrationFailedException.class, ex -> {
			assertThat(ex.rolledBack()).isTrue();
			assertThat(ex.getMessage()).contains("a0002", "division by zero", "was rolled back")
				.doesNotContain("partly applied", "resolve");
		});
		assertThat(Fixtures.query(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'items' "
				+ "AND column_name = 'ref'"))
			.containsExactly("0");
		assertThat(Fixtures.query(db, "SELECT to_regclass('ix_items_ref') IS NULL, (SELECT count(*) FROM tx_log)"))
			.containsExactly("t|0");
		assertThat(Fixtures.query(db, "SELECT success FROM migrate_history WHERE revision = 'a0002'"))
			.containsExactly("f");
		assertThat(migrate.current().failed()).isEmpty();

		Fixtures.execute(db, "UPDATE fail_control SET before_block = false");
		assertThat(migrate.upgrade().applied()).extracting(AppliedStep::revision).containsExactly("a0002", "a0003");
	}

	@Test
	void aDowngradeSectionRunsItsBlockOutsideTheTransaction() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "acblock").build());
		migrate.upgrade();

		assertThat(migrate.downgrade("a0001").applied()).extracting(AppliedStep::revision)
			.containsExactly("a0003", "a0002");

		// DROP INDEX CONCURRENTLY ran: it too is refused in a transaction block.
		assertThat(Fixtures.query(db,
				"SELECT to_regclass('ix_items_ref') IS NULL, count(*) FROM "
						+ "information_schema.columns WHERE table_name = 'items' AND column_name = 'ref'"))
			.containsExactly("t|0");
		assertThat(Fixtures.versions(db)).containsExactly("a0001");
		assertThat(Fixtures.query(db,
				"SELECT success, " + COMPLETED
						+ " FROM migrate_history WHERE revision = 'a0002' AND direction = 'downgrade'"))
			.containsExactly("t|3");
	}

	@Test
	void aProcessKilledInsideTheBlockLeavesTheRevisionIncompleteUntilResolved() throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "acblock").build());
		migrate.upgrade("a0001");
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 120");

		Process victim = UpgradeProcess.start(db.jdbcUrl(), db.user(), db.password(), "acblock");
		KillRecoveryTest.awaitSleepingRevision(db);
		victim.destroyForcibly();
		assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();
		Fixtures.execute(db, "UPDATE sleep_control SET seconds = 0");

		assertThat(migrate.current().failed()).extracting(FailedStep::revision, FailedStep::state)
			.containsExactly(tuple("a0002", "incomplete"));
		assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(UnresolvedStepException.class,
				ex -> assertThat(ex.completedStatements()).hasSize(5)
					.anySatisfy(statement -> assertThat(statement).contains("CREATE INDEX CONCURRENTLY")));
		// What committed before the kill stays; the version table was not moved.
		assertThat(Fixtures.query(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_items_ref'::regclass"))
			.containsExactly("t");
		assertThat(Fixtures.query(db, "SELECT part FROM tx_log ORDER BY xid")).containsExactly("before", "block");
		assertThat(Fixtures.versions(db)).containsExactly("a0001");
	}

	@Test
	void theStartedRowIsWrittenAsTheRunWhileTheBlockKeepsTheRevisionsRole() throws Exception {
		// The role may create tables but has no rights on the state tables.
		Fixtures.execute(db,
				"DO $$ BEGIN CREATE ROLE migrate_block_role; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
						+ "GRANT CREATE, USAGE ON SCHEMA public TO migrate_block_role");
		Migrate migrate = Migrate.create(Fixtures.config(db, "acblock-role").build());

		assertThat(migrate.upgrade().applied()).extracting(AppliedStep::revision).containsExactly("r0001");

		assertThat(Fixtures.query(db,
				"SELECT (SELECT who FROM before_probe), (SELECT who FROM block_probe), "
						+ "(SELECT who FROM after_probe)"))
			.containsExactly("migrate_block_role|migrate_block_role|migrate_block_role");
		assertThat(Fixtures.query(db, "SELECT success, applied_by FROM migrate_history"))
			.containsExactly("t|" + db.user());
	}

	@Test
	void offlineTheBlockIsWrittenBetweenCommitAndBeginAndPsqlRunsIt(@TempDir Path dir) throws Exception {
		StringWriter script = new StringWriter();
		Migrate.create(Fixtures.config(db, "acblock").build()).upgradeSql("a0003", script);
		String text = script.toString();
		int start = text.indexOf("-- Upgrade a0001 -> a0002");
		assertThat(text.substring(start, text.indexOf("DO $migrate$", start))).isEqualTo("""
				-- Upgrade a0001 -> a0002: a0002 (ref column, indexed concurrently, backfilled) [autocommit block]
				BEGIN;
				ALTER TABLE items ADD COLUMN ref int;
				INSERT INTO tx_log VALUES ('before', txid_current());
				SELECT 1 / (CASE WHEN before_block THEN 0 ELSE 1 END) FROM fail_control;
				COMMIT;
				INSERT INTO tx_log VALUES ('block', txid_current());
				CREATE INDEX CONCURRENTLY ix_items_ref ON items (ref);
				SELECT pg_sleep((SELECT seconds FROM sleep_control));
				BEGIN;
				UPDATE items SET ref = id;
				INSERT INTO tx_log VALUES ('after', txid_current());
				SELECT 1 / (CASE WHEN after_block THEN 0 ELSE 1 END) FROM fail_control;
				""");

		Path file = dir.resolve("upgrade.sql");
		Files.writeString(file, text);
		OfflineSqlTest.psql(db, file.toString());
		assertThat(Fixtures.query(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_items_ref'::regclass"))
			.containsExactly("t");
		assertThat(Fixtures.query(db, "SELECT part FROM tx_log ORDER BY xid")).containsExactly("before", "block",
				"after");
		assertThat(Fixtures.versions(db)).containsExactly("a0003");
	}

}

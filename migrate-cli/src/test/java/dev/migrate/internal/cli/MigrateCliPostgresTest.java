package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in-process against real PostgreSQL over directories of SQL revisions. Each test
 * makes its own database, so the tests do not depend on each other's order.
 */
@PostgresTest
class MigrateCliPostgresTest {

	private static CliRun migrate(TestDatabase database, RevisionFiles revisions, String... commandLine) {
		List<String> args = new java.util.ArrayList<>(List.of("--url", database.jdbcUrl(), "--user", database.user(),
				"--locations", revisions.location(), "--connect-retries", "0"));
		if (!database.password().isEmpty()) {
			args.addAll(List.of("--password", database.password()));
		}
		args.addAll(List.of(commandLine));
		return CliRun.run(Map.of(), args.toArray(String[]::new));
	}

	private static CliRun ok(CliRun run) {
		assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
		return run;
	}

	private static long count(TestDatabase database, String sql) throws Exception {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@Test
	void upgradeThenInspectABranchyGraph(@TempDir Path dir) {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = RevisionFiles.branchy(dir);

			CliRun pending = ok(migrate(database, revisions, "pending"));
			assertThat(pending.out().lines()).hasSize(4).first().isEqualTo("<base> -> base01, create users");
			assertThat(pending.out().lines()).last().isEqualTo("phone2, bill03 -> merge4, merge billing");

			CliRun upgrade = ok(migrate(database, revisions, "upgrade"));
			assertThat(upgrade.out())
				.contains("upgrade <base> -> base01, create users (", "upgrade base01 -> bill03, create invoices (",
						"upgrade phone2, bill03 -> merge4, merge billing (")
				.endsWith("Now at merge4\n");

			assertThat(ok(migrate(database, revisions, "current")).out()).isEqualTo("merge4 (head)\n");
			// heads reads the graph only; current says where the database is.
			assertThat(ok(migrate(database, revisions, "heads")).out()).isEqualTo("merge4 (head)\n");
			assertThat(ok(migrate(database, revisions, "pending")).out()).isEmpty();
			assertThat(ok(migrate(database, revisions, "verify")).out()).isEqualTo("Up to date at merge4\n");

			assertThat(ok(migrate(database, revisions, "history")).out().lines()).containsExactlyInAnyOrder(
					"phone2, bill03 -> merge4 (head) (mergepoint), merge billing", "base01 -> phone2, add phone",
					"base01 -> bill03 (billing), create invoices", "<base> -> base01 (branchpoint), create users");
			assertThat(ok(migrate(database, revisions, "history", "--indicate-current", "--graph")).out()).isEqualTo("""
					* phone2, bill03 -> merge4 (head) (current) (mergepoint), merge billing
					|\\
					* | base01 -> phone2, add phone
					| * base01 -> bill03 (billing), create invoices
					|/
					* <base> -> base01 (branchpoint), create users
					""");
			assertThat(ok(migrate(database, revisions, "history", "-r", "base01:phone2")).out()).isEqualTo("""
					base01 -> phone2, add phone
					<base> -> base01 (branchpoint), create users
					""");
			assertThat(ok(migrate(database, revisions, "heads", "-v")).out())
				.startsWith("Rev: merge4 (head)\nMerges: phone2, bill03\n");
			// Applied: comes from the history table, read with --indicate-current only.
			assertThat(ok(migrate(database, revisions, "history", "-v")).out()).doesNotContain("Applied: ");
			String verbose = ok(migrate(database, revisions, "history", "-v", "--indicate-current")).out();
			assertThat(verbose).contains("Rev: merge4 (head) (current) (mergepoint)\nMerges: phone2, bill03\n",
					"Rev: base01 (branchpoint)\nParent: <base>\nBranches into: ", "Branch names: billing",
					"Path: filesystem:", "Transactional: true", "Checksum: ", "Applied: ", "    create invoices");

			assertThat(ok(migrate(database, revisions, "show", "bill03")).out())
				.startsWith("Rev: bill03 (billing)\nParent: base01\n");
			assertThat(ok(migrate(database, revisions, "branches")).out())
				.startsWith("base01 (branchpoint), create users\n")
				.contains("       -> phone2, add phone\n", "       -> bill03 (billing), create invoices\n");
			assertThat(ok(migrate(database, revisions, "current", "-v")).out())
				.startsWith("Current revision(s) for " + database.jdbcUrl() + ":\nRev: merge4 (head)\n");
		}
	}

	@Test
	void verifyExitsThreeOnceARevisionIsAdded(@TempDir Path dir) {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = RevisionFiles.branchy(dir);
			ok(migrate(database, revisions, "upgrade", "heads"));
			assertThat(migrate(database, revisions, "verify").exitCode()).isEqualTo(ExitCode.OK);

			revisions.add("next05", "merge4", "add email", "ALTER TABLE users ADD COLUMN email text;",
					"ALTER TABLE users DROP COLUMN email;");
			CliRun verify = migrate(database, revisions, "verify");
			assertThat(verify.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
			assertThat(verify.out()).isEqualTo("""
					Pending revisions (1), database at merge4:
					  merge4 -> next05, add email
					""");
			assertThat(ok(migrate(database, revisions, "pending")).out()).isEqualTo("merge4 -> next05, add email\n");
		}
	}

	@Test
	void verifyExitsThreeWhenAnAppliedRevisionWasEdited(@TempDir Path dir) {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = RevisionFiles.branchy(dir);
			ok(migrate(database, revisions, "upgrade"));
			revisions.add("phone2", "base01", "add phone", "ALTER TABLE users ADD COLUMN phone varchar(40);",
					"ALTER TABLE users DROP COLUMN phone;");
			CliRun verify = migrate(database, revisions, "verify");
			assertThat(verify.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
			assertThat(verify.out()).startsWith("Applied revisions changed since they ran (1):\n  phone2 (");
		}
	}

	@Test
	void aFailedNonTransactionalStepShowsInCurrentHistoryAndVerifyUntilResolved(@TempDir Path dir) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = new RevisionFiles(dir)
				.add("base01", "", "create items", "CREATE TABLE items (id int);", "DROP TABLE items;")
				.add("fill02", "base01", "-- transactional: false\n", "fill items",
						"INSERT INTO items VALUES (1);\nINSERT INTO items VALUES (2);\nSELECT 1 / 0;",
						"DELETE FROM items;");
			CliRun upgrade = migrate(database, revisions, "upgrade");
			assertThat(upgrade.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(upgrade.err()).contains("fill02", "division by zero", "migrate resolve fill02 --applied");

			String unfinished = "fill02 upgrade failed, started ";
			String resolveHint = ", 2 statement(s) completed; resolve with 'migrate resolve fill02 --applied' or "
					+ "'--rolled-back'";
			List<String> current = ok(migrate(database, revisions, "current")).out().lines().toList();
			assertThat(current).hasSize(2).first().isEqualTo("base01");
			assertThat(current.get(1)).startsWith(unfinished).endsWith(resolveHint);
			assertThat(ok(migrate(database, revisions, "current", "-v")).out())
				.contains("    completed: INSERT INTO items VALUES (1)", "    completed: INSERT INTO items VALUES (2)");

			assertThat(ok(migrate(database, revisions, "history", "--indicate-current")).out().lines()).containsExactly(
					"base01 -> fill02 (head) (failed), fill items", "<base> -> base01 (current), create items");
			assertThat(ok(migrate(database, revisions, "history", "-v", "--indicate-current")).out()).contains(
					"Rev: fill02 (head) (failed)\n", "Unfinished: " + unfinished,
					"    completed: INSERT INTO items VALUES (2)\n");
			CliRun verify = migrate(database, revisions, "verify");
			assertThat(verify.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
			assertThat(verify.out()).contains("await 'migrate resolve' (1):\n  " + unfinished).contains(resolveHint);

			// The operator undoes both INSERTs and says so: the step is no longer shown.
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				statement.execute("DELETE FROM items");
			}
			ok(migrate(database, revisions, "resolve", "fill02", "--rolled-back"));
			assertThat(ok(migrate(database, revisions, "current")).out()).isEqualTo("base01\n");
			assertThat(ok(migrate(database, revisions, "history", "--indicate-current")).out().lines())
				.containsExactly("base01 -> fill02 (head), fill items", "<base> -> base01 (current), create items");
			assertThat(count(database, "SELECT count(*) FROM items")).isZero();
		}
	}

	@Test
	void downgradeAndStamp(@TempDir Path dir) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = RevisionFiles.branchy(dir);
			ok(migrate(database, revisions, "upgrade"));

			CliRun downgrade = ok(migrate(database, revisions, "downgrade", "base01"));
			assertThat(downgrade.out()).contains("downgrade merge4 -> phone2, bill03, merge billing (")
				.endsWith("Now at base01\n");
			assertThat(ok(migrate(database, revisions, "current")).out()).isEqualTo("base01\n");
			assertThat(count(database, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'invoices'"))
				.isZero();

			ok(migrate(database, revisions, "downgrade", "base"));
			assertThat(ok(migrate(database, revisions, "current")).out()).isEmpty();

			CliRun stamp = ok(migrate(database, revisions, "stamp", "phone2", "bill03"));
			assertThat(stamp.out()).isEqualTo("Stamped <base> -> bill03, phone2\n");
			assertThat(ok(migrate(database, revisions, "current")).out().lines()).containsExactlyInAnyOrder("phone2",
					"bill03 (billing)");
			assertThat(count(database, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'users'"))
				.as("stamp runs nothing")
				.isZero();

			ok(migrate(database, revisions, "stamp", "--purge", "merge4"));
			assertThat(ok(migrate(database, revisions, "current")).out()).isEqualTo("merge4 (head)\n");
		}
	}

	@Test
	void upgradeSqlPrintsTheScriptAndTouchesNothing(@TempDir Path dir) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = RevisionFiles.branchy(dir);
			CliRun sql = ok(migrate(database, revisions, "upgrade", "--sql"));
			assertThat(sql.out()).contains("CREATE TABLE users (id bigserial PRIMARY KEY, name text);",
					"ALTER TABLE users ADD COLUMN phone varchar(20);", "CREATE TABLE invoices");
			assertThat(count(database, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
				.isZero();
		}
	}

	@Test
	void failuresExitOneWithTheErrorAndNoStackTrace(@TempDir Path dir) {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = new RevisionFiles(dir)
				.add("base01", "", "create users", "CREATE TABLE users (id bigint);", "DROP TABLE users;")
				.add("bad002", "base01", "broken", "ALTER TABLE no_such_table ADD COLUMN x int;", "");
			CliRun upgrade = migrate(database, revisions, "upgrade");
			assertThat(upgrade.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(upgrade.err()).startsWith("migrate: error: ")
				.contains("bad002", "no_such_table")
				.doesNotContain("\tat ");
			assertThat(ok(migrate(database, revisions, "current")).out()).isEqualTo("base01\n");

			CliRun unknownTarget = migrate(database, revisions, "upgrade", "zzzz9");
			assertThat(unknownTarget.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(unknownTarget.err()).startsWith("migrate: error: ").contains("zzzz9");

			assertThat(migrate(database, revisions, "upgrade", "--bogus").exitCode()).isEqualTo(ExitCode.USAGE);
		}
	}

	@Test
	void passwordsNeverAppearOnAConnectionFailure(TestDatabase database, @TempDir Path dir) {
		RevisionFiles revisions = RevisionFiles.branchy(dir);
		String deadUrl = "jdbc:postgresql://localhost:1/" + database.name();
		Map<String, String> none = Map.of();
		CliRun option = CliRun.run(none, "--url", deadUrl, "--user", "app", "--password", "Opt-pw-417", "--locations",
				revisions.location(), "--connect-retries", "0", "current");
		CliRun variable = CliRun.run(
				Map.of("MIGRATE_URL", deadUrl, "MIGRATE_USER", "app", "MIGRATE_PASSWORD", "Env-pw-418",
						"MIGRATE_CONNECT_RETRIES", "0", "MIGRATE_LOCATIONS", revisions.location()),
				"--debug", "upgrade");
		Map<String, String> env = new HashMap<>();
		env.put("DATABASE_URL",
				"postgresql://app:Url%2Bpw-419@localhost:1/" + database.name() + "?password=Url-pw-420");
		CliRun databaseUrl = CliRun.run(env, "--connect-retries=0", "--locations", revisions.location(), "verify");
		for (CliRun run : List.of(option, variable, databaseUrl)) {
			assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FAILURE);
			assertThat(run.err()).contains("migrate: error: ");
		}
		assertThat(option.all()).doesNotContain("Opt-pw-417");
		assertThat(variable.all()).doesNotContain("Env-pw-418").contains("\tat ");
		assertThat(databaseUrl.all()).doesNotContain("pw-419").doesNotContain("Url-pw-420");
	}

}

package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.cli.ExitCode;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate fleet ...} in-process against real PostgreSQL. */
@PostgresTest
class FleetCliCommandTest {

	@TempDir
	Path dir;

	@Test
	void upgradeVerifyAndAFailingTenant() throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = revisions();
			CliRun verifyNew = migrate(database, revisions, "fleet", "verify", "--schemas", "t1,t2,t3");
			assertThat(verifyNew.exitCode()).as(verifyNew.err()).isEqualTo(ExitCode.CHECK_FAILED);
			assertThat(verifyNew.out()).contains("3 targets: 0 up to date, 3 pending, 0 failed, 0 ahead");

			CliRun partial = migrate(database, revisions, "fleet", "upgrade", "r0001", "--schemas", "t1,t2,t3");
			assertThat(partial.exitCode()).as(partial.err()).isZero();
			execute(database, "INSERT INTO t2.accounts VALUES (1, -5)");

			CliRun upgrade = migrate(database, revisions, "fleet", "upgrade", "--schemas", "t1,t2,t3", "--parallel",
					"2");
			assertThat(upgrade.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(upgrade.out().lines()).first().asString().startsWith("TARGET").contains("STATE");
			assertThat(upgrade.out()).containsPattern("t1 +up-to-date +r0002 +1 +0")
				.containsPattern("t2 +failed +r0001 +0 +1 +r0002: .*accounts_balance_not_negative")
				.contains("3 targets: 2 up to date, 0 pending, 1 failed, 0 ahead; 2 revisions applied");

			CliRun json = migrate(database, revisions, "fleet", "verify", "--schemas", "t1,t2,t3", "--format", "json");
			assertThat(json.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(json.out())
				.contains("\"command\": \"verify\", \"targets\": 3, \"upToDate\": 2, \"pending\": 0, "
						+ "\"failed\": 1, \"ahead\": 0")
				.contains("{\"target\": \"t2\", \"state\": \"failed\", \"current\": [\"r0001\"], \"pending\": 1, "
						+ "\"applied\": [], \"failedRevision\": \"r0002\", \"error\": ");

			execute(database, "UPDATE t2.accounts SET balance = 0");
			CliRun fixed = migrate(database, revisions, "fleet", "upgrade", "--schemas", "t1,t2,t3");
			assertThat(fixed.exitCode()).as(fixed.err()).isZero();
			assertThat(fixed.out()).contains("3 targets: 3 up to date, 0 pending, 0 failed, 0 ahead; 1 revisions");
			assertThat(migrate(database, revisions, "fleet", "verify", "--schemas", "t1,t2,t3").exitCode()).isZero();
		}
	}

	@Test
	void targetsFromAQueryAndAFileWithALabel() throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = revisions();
			execute(database, "CREATE TABLE tenants (schema_name text)");
			execute(database, "INSERT INTO tenants VALUES ('acme'), ('globex')");
			CliRun query = migrate(database, revisions, "fleet", "upgrade", "--targets-query",
					"select schema_name from tenants order by 1");
			assertThat(query.exitCode()).as(query.err()).isZero();
			assertThat(query.out()).containsPattern("acme +up-to-date").containsPattern("globex +up-to-date");

			Path file = dir.resolve("targets.txt");
			Files.writeString(file, "# canary first\ninitech labels=canary\numbrella\n");
			CliRun canary = migrate(database, revisions, "fleet", "upgrade", "--targets", file.toString(), "--label",
					"canary");
			assertThat(canary.exitCode()).as(canary.err()).isZero();
			assertThat(canary.out()).contains("initech").doesNotContain("umbrella");
			CliRun all = migrate(database, revisions, "fleet", "verify", "--targets", file.toString());
			assertThat(all.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
			assertThat(all.out()).containsPattern("umbrella +pending");
		}
	}

	@Test
	void usageErrors() {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles revisions = revisions();
			CliRun noTargets = migrate(database, revisions, "fleet", "upgrade");
			assertThat(noTargets.exitCode()).isEqualTo(ExitCode.USAGE);
			assertThat(noTargets.err()).contains("exactly one of --targets FILE, --targets-query SQL, --schemas");
			CliRun badCommand = migrate(database, revisions, "fleet", "lint", "--schemas", "a");
			assertThat(badCommand.exitCode()).isEqualTo(ExitCode.USAGE);
			assertThat(badCommand.err()).contains("fleet runs one of upgrade, downgrade, stamp, verify, current");
			CliRun badParallel = migrate(database, revisions, "fleet", "verify", "--schemas", "a", "--parallel", "0");
			assertThat(badParallel.exitCode()).isEqualTo(ExitCode.USAGE);
		}
	}

	private RevisionFiles revisions() {
		return new RevisionFiles(dir)
			.add("r0001", "", "accounts", "CREATE TABLE accounts (id bigint PRIMARY KEY, balance integer NOT NULL);",
					"DROP TABLE accounts;")
			.add("r0002", "r0001", "balances not negative",
					"ALTER TABLE accounts ADD CONSTRAINT accounts_balance_not_negative CHECK (balance >= 0);",
					"ALTER TABLE accounts DROP CONSTRAINT accounts_balance_not_negative;");
	}

	private static CliRun migrate(TestDatabase database, RevisionFiles revisions, String... commandLine) {
		List<String> args = new ArrayList<>(List.of("--url", database.jdbcUrl(), "--user", database.user(),
				"--locations", revisions.location(), "--connect-retries", "0"));
		if (!database.password().isEmpty()) {
			args.addAll(List.of("--password", database.password()));
		}
		args.addAll(List.of(commandLine));
		return CliRun.run(Map.of(), args.toArray(String[]::new));
	}

	private static void execute(TestDatabase database, String sql) throws Exception {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}

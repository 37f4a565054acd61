package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate lint} against a real database with the real-world lint fixture as
 * revisions.
 */
@PostgresTest
class LintCliCommandTest {

	private static CliRun lint(TestDatabase database, String... args) {
		List<String> all = new ArrayList<>(List.of("--url", database.jdbcUrl(), "--user", database.user(), "--password",
				database.password(), "--locations", "classpath:lint/realworld", "lint"));
		all.addAll(List.of(args));
		return CliRun.run(Map.of(), all.toArray(String[]::new));
	}

	@Test
	void lintsPendingRevisionsAndExitsThreeOnErrors(TestDatabase database) {
		CliRun run = lint(database);

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CHECK_FAILED);
		assertThat(run.out())
			.contains("ERROR set-not-null at classpath:lint/realworld/4d5e6f7a8b9c_orders_user_required.sql:8")
			.contains("    ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL")
			.contains("suppressed drop-column")
			.endsWith("7 errors, 3 warnings, 5 infos, 1 suppressed in 7 revisions\n");
	}

	@Test
	void printsJson(TestDatabase database) {
		CliRun run = lint(database, "--format", "json");

		assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
		assertThat(run.out()).startsWith("{\"revisions\": [\"1a2b3c4d5e6f\", ")
			.contains("\"errors\": 7")
			.contains("\"rule\": \"rename-column\"");
	}

	@Test
	void lintsARangeAndTakesSeverityOverrides(TestDatabase database) {
		CliRun onlyTheLastThree = lint(database, "4d5e6f7a8b9c:7a8b9c0d1e2f", "--rules",
				"rename-column=warning, drop-table=off");

		assertThat(onlyTheLastThree.exitCode()).as(onlyTheLastThree.all()).isEqualTo(ExitCode.OK);
		assertThat(onlyTheLastThree.out()).contains("WARNING rename-column")
			.doesNotContain("drop-table at")
			.endsWith("0 errors, 4 warnings, 0 infos, 1 suppressed in 3 revisions\n");
	}

	@Test
	void aRangeNeedsNoReachableDatabase() {
		CliRun run = CliRun.run(Map.of(), "--url", "jdbc:postgresql://db.invalid/app", "--connect-retries", "0",
				"--locations", "classpath:lint/realworld", "lint", "base:heads");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CHECK_FAILED);
		assertThat(run.out()).endsWith("7 errors, 3 warnings, 5 infos, 1 suppressed in 7 revisions\n");
	}

	@Test
	void badFormatOrUnknownRuleIsAUsageError(TestDatabase database) {
		CliRun format = lint(database, "--format", "xml");
		assertThat(format.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(format.err()).contains("--format must be text or json");

		CliRun rule = lint(database, "--rules", "drop-colum=off");
		assertThat(rule.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(rule.err()).contains("unknown rule 'drop-colum'");
	}

}

package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.cli.ExitCode;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previous release's CLI against a database the next release migrated one expand
 * revision further (issue 15, N-1), and against one that diverged.
 */
class AheadCliTest {

	@Test
	void currentAndVerifySayAheadAndExitZero(@TempDir Path dir) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles release = release(dir.resolve("release"));
			RevisionFiles next = release(dir.resolve("next")).add("exp003", "note02", "expand nickname",
					"ALTER TABLE people ADD COLUMN nickname text;", "ALTER TABLE people DROP COLUMN nickname;");
			assertThat(migrate(database, next, "upgrade").exitCode()).isZero();

			CliRun current = migrate(database, release, "current");
			assertThat(current.exitCode()).as(current.err()).isZero();
			assertThat(current.out().lines()).hasSize(2).first().isEqualTo("exp003 (not a revision of this release)");
			assertThat(current.out().lines().skip(1).findFirst().orElseThrow())
				.startsWith("ahead of this release by 1 revision: exp003 (applied ");

			CliRun verify = migrate(database, release, "verify");
			assertThat(verify.exitCode()).as(verify.err()).isZero();
			assertThat(verify.out()).startsWith("Up to date at exp003, ahead of this release by 1 revision: exp003");

			CliRun upgrade = migrate(database, release, "upgrade");
			assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
			assertThat(migrate(database, release, "pending").out()).isEmpty();

			// The policy is a setting like any other: option or environment variable.
			CliRun refused = migrate(database, release, "--on-ahead", "fail", "verify");
			assertThat(refused.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(refused.err()).contains("ahead of this release by 1 revision: exp003")
				.contains("migrate.on-ahead=fail");
			CliRun refusedByEnvironment = CliRun.run(Map.of("MIGRATE_ON_AHEAD", "fail"),
					arguments(database, release, "upgrade"));
			assertThat(refusedByEnvironment.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(migrate(database, release, "--on-ahead", "sometimes", "verify").exitCode())
				.isEqualTo(ExitCode.USAGE);

			CliRun downgrade = migrate(database, release, "downgrade", "-1");
			assertThat(downgrade.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(downgrade.err()).contains("Cannot downgrade to '-1'")
				.contains("no downgrade for those revisions");
			assertThat(migrate(database, next, "current").out()).isEqualTo("exp003 (head)\n");
		}
	}

	@Test
	void divergenceNamesTheUnknownAndTheMissingRevisionsAndFails(@TempDir Path dir) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			RevisionFiles release = release(dir.resolve("release"));
			Files.createDirectories(dir.resolve("other"));
			RevisionFiles other = new RevisionFiles(dir.resolve("other"))
				.add("ppl001", "", "create people", "CREATE TABLE people (id bigint PRIMARY KEY);",
						"DROP TABLE people;")
				.add("oth002", "ppl001", "other line", "ALTER TABLE people ADD COLUMN code text;",
						"ALTER TABLE people DROP COLUMN code;");
			assertThat(migrate(database, other, "upgrade").exitCode()).isZero();

			CliRun verify = migrate(database, release, "verify");
			assertThat(verify.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(verify.err()).contains("diverged")
				.contains("oth002, which this release does not know")
				.contains("this release's revision note02 is not applied");
			CliRun upgrade = migrate(database, release, "--on-ahead", "ignore", "upgrade");
			assertThat(upgrade.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(upgrade.err()).contains("diverged");

			CliRun current = migrate(database, release, "current");
			assertThat(current.exitCode()).isEqualTo(ExitCode.FAILURE);
			assertThat(current.out()).contains("oth002 (not a revision of this release)")
				.contains("diverged from this release: it has oth002, which this release does not know, but not "
						+ "this release's note02");
		}
	}

	/** people, then notes: the release the tests run as. */
	private static RevisionFiles release(Path directory) throws Exception {
		Files.createDirectories(directory);
		return new RevisionFiles(directory)
			.add("ppl001", "", "create people", "CREATE TABLE people (id bigint PRIMARY KEY);", "DROP TABLE people;")
			.add("note02", "ppl001", "create notes", "CREATE TABLE notes (id bigint PRIMARY KEY);",
					"DROP TABLE notes;");
	}

	private static CliRun migrate(TestDatabase database, RevisionFiles revisions, String... commandLine) {
		return CliRun.run(Map.of(), arguments(database, revisions, commandLine));
	}

	private static String[] arguments(TestDatabase database, RevisionFiles revisions, String... commandLine) {
		List<String> args = new ArrayList<>(List.of("--url", database.jdbcUrl(), "--user", database.user(),
				"--locations", revisions.location(), "--connect-retries", "0"));
		if (!database.password().isEmpty()) {
			args.addAll(List.of("--password", database.password()));
		}
		args.addAll(List.of(commandLine));
		return args.toArray(String[]::new);
	}

}

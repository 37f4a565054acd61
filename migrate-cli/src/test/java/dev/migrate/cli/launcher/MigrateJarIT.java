package dev.migrate.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the shaded {@code target/migrate.jar} as a real process, as CI pipelines and
 * operators do. Failsafe runs it after {@code package} and passes the jar's path; under
 * surefire (which a {@code -Dtest=dev.migrate.cli.**} filter also points here) the jar
 * does not exist yet, so it is skipped.
 */
@EnabledIfSystemProperty(named = "migrate.jar", matches = ".+")
class MigrateJarIT {

	@Test
	void helpWorksFromTheShadedJar() throws Exception {
		MigrateJar.Result result = MigrateJar.run(Map.of(), "--help");
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).startsWith("Usage: migrate [OPTIONS] COMMAND [ARGS]")
			.contains("upgrade [TARGET] [--sql]");
		// Usage text is printed as written: its example url is not taken for a secret.
		assertThat(result.out()).contains("DATABASE_URL=postgresql://user:password@host:port/database");
		assertThat(result.err()).isEmpty();
	}

	@Test
	void usageErrorsExitTwo() throws Exception {
		MigrateJar.Result result = MigrateJar.run(Map.of(), "frobnicate");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("unknown command 'frobnicate'", "--help");
	}

	@Test
	void graphCommandsAnswerWithoutADatabaseAndFastWithAnUnreachableOne(@TempDir Path revisions) throws Exception {
		Files.writeString(revisions.resolve("a1b2c3d4e5f6_create_users.sql"),
				"-- revision: a1b2c3d4e5f6\n-- message: create users\n\n-- migrate:upgrade\nCREATE TABLE users (id"
						+ " bigint PRIMARY KEY);\n\n-- migrate:downgrade\nDROP TABLE users;\n");
		Files.writeString(revisions.resolve("b1b2c3d4e5f6_other_base.sql"),
				"-- revision: b1b2c3d4e5f6\n-- message: other base\n\n-- migrate:upgrade\nSELECT 1;\n");
		String locations = "filesystem:" + revisions;
		MigrateJar.Result noUrl = MigrateJar.run(Map.of(), "--locations", locations, "heads");
		assertThat(noUrl.exitCode()).as(noUrl.err()).isZero();
		// The CI idiom `[ $(migrate heads | wc -l) -gt 1 ]` sees both heads.
		assertThat(noUrl.out().lines()).containsExactly("a1b2c3d4e5f6 (head)", "b1b2c3d4e5f6 (head)");

		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		long started = System.nanoTime();
		MigrateJar.Result closedPort = MigrateJar.run(
				Map.of("MIGRATE_URL", "jdbc:postgresql://127.0.0.1:" + port + "/app"), "--locations", locations,
				"heads");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(closedPort.exitCode()).as(closedPort.err()).isZero();
		assertThat(closedPort.out()).isEqualTo(noUrl.out());
		// Connecting would retry for 10 s; a JVM start is well under 5 s.
		assertThat(took).isLessThan(Duration.ofSeconds(5));
		assertThat(MigrateJar.run(Map.of(), "--locations", locations, "upgrade", "--sql", "base:heads").out())
			.contains("CREATE TABLE users");

		MigrateJar.Result current = MigrateJar.run(Map.of(), "--locations", locations, "current");
		assertThat(current.exitCode()).isEqualTo(2);
		assertThat(current.err()).contains("no database to connect to");
	}

	/**
	 * The process as operators run it: stdout and stderr, including the PostgreSQL
	 * driver's own java.util.logging warnings, carry no piece of a password pasted into
	 * the url unencoded, whichever character it holds and however the url is given.
	 */
	@ParameterizedTest(name = "{0} with ''{1}'' in {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "--url|/|postgresql://app:%s@", "--url|@|postgresql://app:%s@", "--url|:|postgresql://app:%s@",
					"--url|?|postgresql://app:%s@", "--url|#|postgresql://app:%s@", "--url|%|postgresql://app:%s@",
					"--url|\" \"|postgresql://app:%s@", "--url|&|postgresql://app:%s@",
					"MIGRATE_URL|/|postgresql://app:%s@", "MIGRATE_URL|?|postgresql://app:%s@",
					"MIGRATE_URL|\" \"|postgresql://app:%s@", "DATABASE_URL|/|postgresql://app:%s@",
					"DATABASE_URL|@|postgresql://app:%s@", "DATABASE_URL|:|postgresql://app:%s@",
					"DATABASE_URL|?|postgresql://app:%s@", "DATABASE_URL|#|postgresql://app:%s@",
					"DATABASE_URL|%|postgresql://app:%s@", "DATABASE_URL|\" \"|postgresql://app:%s@",
					"DATABASE_URL|&|postgresql://app:%s@", "--url|/|jdbc:postgresql://app:%s@",
					"--url|%|jdbc:postgresql://app:%s@", "MIGRATE_URL|@|jdbc:postgresql://app:%s@",
					"DATABASE_URL|:|jdbc:postgresql://app:%s@", "--url|%|jdbc:postgresql://?password=%s&",
					"--url|&|jdbc:postgresql://?password=%s&", "--url|#|jdbc:postgresql://?password=%s&",
					"MIGRATE_URL|%|jdbc:postgresql://?password=%s&", "DATABASE_URL|&|jdbc:postgresql://?password=%s&" })
	void noPartOfAnUnencodedPasswordIsPrinted(String path, String special, String form) throws Exception {
		String password = "Sx7" + special + "Qz9";
		// The forms: a postgresql:// or jdbc: url with user info, or a jdbc: url with a
		// password parameter (put after the host here).
		String url = form.contains("?password=")
				? "jdbc:postgresql://127.0.0.1:1/orders?password=" + password + "&user=app"
				: form.formatted(password) + "127.0.0.1:1/orders";
		MigrateJar.Result result = path.equals("--url")
				? MigrateJar.run(Map.of(), "--url", url, "--connect-retries", "0", "current")
				: MigrateJar.run(Map.of(path, url), "--connect-retries", "0", "current");
		// A jdbc: url with user info is refused (exit 2), the others fail to connect.
		assertThat(result.exitCode()).as(result.err()).isIn(1, 2);
		assertThat(result.out() + result.err()).as(result.err())
			.containsAnyOf("127.0.0.1:1", "cannot read user:password@")
			.doesNotContain("Sx7")
			.doesNotContain("Qz9");
	}

	/**
	 * A password in the user info of a JDBC url, which the driver cannot parse (it read
	 * {@code app:Sx7} as host and port and warned "invalid port number: Sx7"): refused
	 * before the driver sees it, and the refusal quotes no piece of it.
	 */
	@Test
	void aJdbcUrlWithUserInfoNeverReachesTheDriver() throws Exception {
		MigrateJar.Result result = MigrateJar.run(Map.of(), "--url",
				"jdbc:postgresql://app:Sx7/?Qz9@127.0.0.1:1/orders", "--connect-retries", "0", "current");
		assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
		assertThat(result.err()).contains("cannot read user:password@ in a jdbc: url");
		assertThat(result.out() + result.err()).as(result.err()).doesNotContain("Sx7").doesNotContain("Qz9");
	}

}

package dev.migrate.internal.cli;

import dev.migrate.SecretMasker;
import dev.migrate.cli.MigrateCli;
import dev.migrate.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.DatabaseUnavailableException;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MigrateCliTest {

	private static final String URL = "jdbc:postgresql://localhost/app";

	@Test
	void helpListsCommandsOptionsAndExitCodes() {
		CliRun run = CliRun.run(Map.of(), "--help");
		assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).startsWith("Usage: migrate [OPTIONS] COMMAND [ARGS]")
			.contains("  upgrade [TARGET] [--sql]", "  downgrade TARGET [--sql]", "  stamp TARGET... [--purge]",
					"  current [-v]", "  heads [-v]", "  branches [-v]", "  show REV",
					"  history [-r RANGE] [-v] [--indicate-current] [--graph]", "  pending", "  verify",
					"  lint [RANGE] [--format text|json] [--rules ID=SEVERITY,...]")
			.contains("--lock-timeout DURATION", "(default 10s)", "--transaction-mode MODE",
					"--validate-checksums BOOL", "--connect-retries N",
					"DATABASE_URL=postgresql://user:password@host:port/database", "a plain number is seconds",
					"Exit codes: 0 ok, 1 failure");
		assertThat(run.out()).contains("  check [--exclude PATTERNS]",
				"  merge -m MSG (heads | REV REV...) [--java] [--dir D]",
				"  revision -m MSG [--autogenerate] [--head REV] [--branch-label L] [--depends-on R] [--sql|--java]"
						+ " [--dir D]");
	}

	@Test
	void commandHelpShowsItsOptions() {
		CliRun run = CliRun.run(Map.of(), "history", "--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out())
			.startsWith("Usage: migrate [OPTIONS] history [-r RANGE] [-v] [--indicate-current] [--graph]")
			.contains("-r, --rev-range RANGE", "-v, --verbose", "--graph");
	}

	@Test
	void usageErrorsExitTwoWithOneLineAndAHint() {
		assertUsageError(CliRun.run(Map.of(), "--bogus", "current"), "migrate: unknown option '--bogus'",
				"Run 'migrate --help' for usage.");
		assertUsageError(CliRun.run(Map.of(), "frobnicate"), "migrate: unknown command 'frobnicate'",
				"Run 'migrate --help' for usage.");
		assertUsageError(CliRun.run(Map.of(), "downgrade"),
				"migrate: missing argument for downgrade (usage: downgrade TARGET [--sql])",
				"Run 'migrate downgrade --help' for usage.");
		assertUsageError(CliRun.run(Map.of(), "--url", URL, "--lock-timeout", "soon", "upgrade"),
				"migrate: invalid value for --lock-timeout: 'soon' is not " + Durations.EXPECTED,
				"Run 'migrate --help' for usage.");
		assertUsageError(CliRun.run(Map.of(), "history", "--graph", "-v"),
				"migrate: history --graph draws one line per revision and cannot be combined with -v",
				"Run 'migrate history --help' for usage.");
		assertUsageError(CliRun.run(Map.of(), "current"),
				"migrate: no database to connect to: give --url, or set MIGRATE_URL or DATABASE_URL",
				"Run 'migrate --help' for usage.");
		assertUsageError(CliRun.run(Map.of()), "migrate: no command given", "Run 'migrate --help' for usage.");
	}

	@Test
	void aBadSettingIsReportedAsItselfWhenTheLauncherSuppliesTheDatabase() {
		// The application jar's CLI gets its url from the application's configuration,
		// not from --url.
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		MigrateCli cli = new MigrateCli(MigrateCli.PROGRAM, () -> MigrateConfig.builder().url(URL), Migrate::create,
				new SecretMasker());
		int code = cli.run(new String[] { "--version-table", " ", "current" }, System.out,
				new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), Map.of());
		assertThat(code).isEqualTo(ExitCode.USAGE);
		assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
			.startsWith("migrate: versionTable must not be blank")
			.doesNotContain("no database");
	}

	private static void assertUsageError(CliRun run, String error, String hint) {
		assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(run.out()).isEmpty();
		assertThat(run.err().lines()).containsExactly(error, hint);
	}

	@Test
	void usageErrorsComeBeforeAnyConnection() {
		AtomicReference<MigrateConfig> created = new AtomicReference<>();
		CliRun run = CliRun.run(config -> {
			created.set(config);
			return Migrate.create(config);
		}, Map.of(), "--url", URL, "history", "--graph", "--verbose");
		assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(created).hasNullValue();
	}

	@Test
	void theEngineGetsTheResolvedConfiguration() {
		AtomicReference<MigrateConfig> created = new AtomicReference<>();
		CliRun.run(config -> {
			created.set(config);
			throw new MigrateException("stop here");
		}, Map.of("MIGRATE_LOCK_TIMEOUT", "2s", "DATABASE_URL", "postgresql://u:p@h/d"), "--lock-timeout", "3s",
				"--schema=ops", "current");
		assertThat(created.get().url()).isEqualTo("jdbc:postgresql://h/d");
		assertThat(created.get().user()).isEqualTo("u");
		assertThat(created.get().lockTimeout()).hasSeconds(3);
		assertThat(created.get().schema()).isEqualTo("ops");
	}

	@Test
	void failuresExitOneWithTheMessageAndCausesButNoStackTrace() {
		Function<MigrateConfig, Migrate> unreachable = config -> {
			throw new DatabaseUnavailableException("localhost:1/app", 1, new ConnectException("Connection refused"));
		};
		CliRun run = CliRun.run(unreachable, Map.of(), "--url", URL, "current");
		assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith("migrate: error: Could not connect to localhost:1/app after 1 attempt")
			.doesNotContain("\tat ");

		CliRun debug = CliRun.run(unreachable, Map.of(), "--url", URL, "--debug", "current");
		assertThat(debug.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(debug.err()).contains("\tat ").contains("Caused by: java.net.ConnectException");
	}

	@Test
	void unexpectedExceptionsNameTheirTypeAndPointToDebug() {
		CliRun run = CliRun.run(config -> {
			throw new IllegalStateException("broken", new RuntimeException("root cause"));
		}, Map.of(), "--url", URL, "heads");
		assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(run.err().lines()).containsExactly("migrate: error: IllegalStateException: broken",
				"  caused by: RuntimeException: root cause", "  (run with --debug for the stack trace)");
	}

	@Test
	void passwordsNeverAppearInErrors() {
		Function<MigrateConfig, Migrate> echoing = config -> {
			throw new MigrateException("cannot log in to " + config.url() + " with " + config.password()
					+ " (url postgresql://" + config.user() + ":" + config.password() + "@h/d)");
		};
		CliRun option = CliRun.run(echoing, Map.of(), "--url", URL, "--user", "u", "--password", "opt-Secret-1",
				"current");
		CliRun variable = CliRun.run(echoing, Map.of("MIGRATE_URL", URL, "MIGRATE_PASSWORD", "env-Secret-2"), "--debug",
				"current");
		CliRun databaseUrl = CliRun.run(echoing, Map.of("DATABASE_URL", "postgresql://u:url%2FSecret-3@h/d"),
				"current");
		CliRun inUrl = CliRun.run(echoing, Map.of(), "--url", URL + "?password=param-Secret-4", "current");
		assertThat(option.all()).doesNotContain("opt-Secret-1").contains("****");
		assertThat(variable.all()).doesNotContain("env-Secret-2").contains("****");
		assertThat(databaseUrl.all()).doesNotContain("url/Secret-3").doesNotContain("url%2FSecret-3").contains("****");
		assertThat(inUrl.all()).doesNotContain("param-Secret-4").contains("password=****");
		assertThat(option.exitCode()).isEqualTo(ExitCode.FAILURE);
	}

	@Test
	void passwordsNeverAppearInUsageErrors() {
		CliRun run = CliRun.run(Map.of(), "--password", "early-Secret", "upgrade", "a", "early-Secret");
		assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err()).contains("got 2: a ****").doesNotContain("early-Secret");
	}

}

package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.SecretMasker;
import dev.migrate.cli.ExitCode;
import dev.migrate.cli.MigrateCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A password pasted into a {@code postgresql://} url without encoding, through every way
 * a url reaches the CLI, with each character that ends a url part elsewhere: no piece of
 * it may appear in anything printed, whether the engine echoes its configuration in an
 * error or a real connection attempt fails.
 */
class UnencodedPasswordTest {

	/** Characters that end a url part, plus the ones that break decoding or words. */
	static final List<String> SPECIAL = List.of("/", "@", ":", "?", "#", "%", " ", "&", "+", "=", "'", "\\", "%2",
			"@/?#:");

	/** Both ends of the password; neither may be printed. */
	private static final String HEAD = "Sx7";

	private static final String TAIL = "Qz9";

	enum Path {

		URL_OPTION, URL_OPTION_EQUALS, MIGRATE_URL, DATABASE_URL, APPLICATION_MIGRATE_URL, APPLICATION_DATASOURCE_URL

	}

	/**
	 * The url forms a password is pasted into: the {@code postgresql://} user info (any
	 * character works), a {@code jdbc:} url's user info (which the driver cannot read, so
	 * it is refused) and a {@code jdbc:} url's {@code password} parameter (which ends at
	 * {@code &} or {@code #}, and breaks the driver's decoding at a lone {@code %}).
	 */
	enum Form {

		POSTGRESQL_USER_INFO("postgresql://app:%s@127.0.0.1:1/orders"),

		JDBC_USER_INFO("jdbc:postgresql://app:%s@127.0.0.1:1/orders"),

		JDBC_PASSWORD_PARAMETER("jdbc:postgresql://127.0.0.1:1/orders?user=app&password=%s");

		private final String template;

		Form(String template) {
			this.template = template;
		}

		String url(String password) {
			return String.format(template, password);
		}

	}

	static Stream<Arguments> jdbcCases() {
		List<Arguments> cases = new ArrayList<>();
		for (Path path : Path.values()) {
			for (Form form : List.of(Form.JDBC_USER_INFO, Form.JDBC_PASSWORD_PARAMETER)) {
				for (String special : SPECIAL) {
					cases.add(Arguments.of(path, form, special));
				}
			}
		}
		return cases.stream();
	}

	/**
	 * The {@code jdbc:} forms, through every path: refused before the driver sees a url
	 * whose user info it would misread (exit 2), or failing to connect (exit 1); either
	 * way the message names the server or the problem and no piece of the password.
	 */
	@ParameterizedTest(name = "{0} {1} with ''{2}''")
	@MethodSource("jdbcCases")
	void aJdbcUrlNeverPrintsAnyPartOfThePassword(Path path, Form form, String special) {
		Output output = run(path, form.url(HEAD + special + TAIL), null, "--connect-retries", "0", "current");
		assertThat(output.code).as(output.all()).isIn(ExitCode.FAILURE, ExitCode.USAGE);
		assertThat(output.all()).as(output.all())
			.contains((form == Form.JDBC_USER_INFO) ? "cannot read user:password@" : "127.0.0.1:1")
			.doesNotContain(HEAD)
			.doesNotContain(TAIL);
	}

	static Stream<Arguments> cliCases() {
		return cases(Path.URL_OPTION, Path.URL_OPTION_EQUALS, Path.MIGRATE_URL, Path.DATABASE_URL);
	}

	static Stream<Arguments> allCases() {
		return cases(Path.values());
	}

	private static Stream<Arguments> cases(Path... paths) {
		List<Arguments> cases = new ArrayList<>();
		for (Path path : paths) {
			for (String special : SPECIAL) {
				cases.add(Arguments.of(path, special));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} with ''{1}''")
	@MethodSource("cliCases")
	void anEchoingEngineNeverPrintsAnyPartOfThePassword(Path path, String special) {
		String url = "postgresql://app:" + HEAD + special + TAIL + "@db.example:5432/orders?sslmode=disable";
		Function<MigrateConfig, Migrate> echoing = (config) -> {
			// What drivers and pools do: quote the url, and sometimes more.
			throw new MigrateException("cannot log in to " + config.url() + " as " + config.user() + " with "
					+ config.password() + "; given " + url);
		};
		Output output = run(path, url, echoing, "current");
		assertThat(output.code).isEqualTo(ExitCode.FAILURE);
		assertThat(output.all()).as(output.all())
			.contains("jdbc:postgresql://db.example:5432/orders?sslmode=disable")
			.contains("****")
			.doesNotContain(HEAD)
			.doesNotContain(TAIL);
	}

	@ParameterizedTest(name = "{0} with ''{1}''")
	@MethodSource("allCases")
	void aRefusedConnectionNeverPrintsAnyPartOfThePassword(Path path, String special) {
		String url = "postgresql://app:" + HEAD + special + TAIL + "@127.0.0.1:1/orders";
		Output output = run(path, url, null, "--connect-retries", "0", "current");
		assertThat(output.code).as(output.all()).isEqualTo(ExitCode.FAILURE);
		// The url was understood (the host is the one after the password), and nothing of
		// the password shows.
		assertThat(output.all()).as(output.all()).contains("127.0.0.1:1").doesNotContain(HEAD).doesNotContain(TAIL);
	}

	private static Output run(Path path, String url, Function<MigrateConfig, Migrate> engines, String... command) {
		List<String> args = new ArrayList<>();
		Map<String, String> environment = Map.of();
		Map<String, String> application = Map.of();
		switch (path) {
			case URL_OPTION -> args.addAll(List.of("--url", url));
			case URL_OPTION_EQUALS -> args.add("--url=" + url);
			case MIGRATE_URL -> environment = Map.of("MIGRATE_URL", url);
			case DATABASE_URL -> environment = Map.of("DATABASE_URL", url);
			case APPLICATION_MIGRATE_URL -> application = Map.of("migrate.url", url);
			case APPLICATION_DATASOURCE_URL -> application = Map.of("spring.datasource.url", url);
		}
		args.addAll(List.of(command));
		MigrateCli cli;
		Function<MigrateConfig, Migrate> factory = (engines != null) ? engines : Migrate::create;
		if (application.isEmpty()) {
			cli = new MigrateCli(MigrateCli.PROGRAM, MigrateConfig::builder, factory, new SecretMasker());
		}
		else {
			// The Maven plugin's CLI, reading the application's settings; its engines are
			// real ones.
			assertThat(engines).as("forBuild creates real engines").isNull();
			cli = MigrateCli.forBuild("mvn migrate:", UnencodedPasswordTest.class.getClassLoader(), application,
					"application.properties", null);
		}
		return run(cli, args, environment);
	}

	private static Output run(MigrateCli cli, List<String> args, Map<String, String> environment) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = cli.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), environment);
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Output(int code, String out, String err) {

		String all() {
			return this.out + this.err;
		}

	}

}

package dev.migrate.cli;

import dev.migrate.internal.cli.CliCommand;
import dev.migrate.internal.cli.CliCommands;
import dev.migrate.internal.cli.CommandLineParser;
import dev.migrate.internal.cli.FailureReport;
import dev.migrate.internal.cli.ParsedCommandLine;
import dev.migrate.internal.cli.PasswordScan;
import dev.migrate.internal.cli.ResolvedSettings;
import dev.migrate.SecretMasker;
import dev.migrate.internal.cli.SettingsResolver;
import dev.migrate.internal.cli.Usage;
import dev.migrate.internal.cli.UsageException;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.schema.SchemaModelSource;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@code migrate} command line (docs/cli.md), shared by the executable jar and the
 * Spring Boot application launcher. It parses arguments and environment, builds the
 * {@link MigrateConfig} on top of the launcher's base configuration, asks the launcher's
 * factory for the engine, runs one command and returns its exit code:
 * {@link ExitCode#OK}, {@link ExitCode#FAILURE} (any error, its message printed, a stack
 * trace only with {@code --debug}), {@link ExitCode#USAGE} or
 * {@link ExitCode#CHECK_FAILED}. It never calls {@code System.exit}: that is the
 * launcher's call.
 *
 * <p>
 * Everything it prints goes through a {@link SecretMasker}, which knows every password it
 * was given. A launcher that also wants log lines masked routes {@code System.err}
 * through the same masker ({@link SecretMasker#maskedStream}) and passes it in.
 *
 * <pre>{@code
 * // executable jar
 * int code = MigrateCli.standalone().run(args, System.out, System.err, System.getenv());
 *
 * // Spring launcher: the application's DataSource, revisions and beans unless options override them
 * MigrateCli cli = new MigrateCli("java -jar app.jar migrate", () -> appConfig.toBuilder(), Migrate::create,
 *         entityModel);
 * }</pre>
 */
public final class MigrateCli {

	/** The program name of the executable jar, used in usage text. */
	public static final String PROGRAM = "migrate";

	private final String program;

	private final Supplier<MigrateConfig.Builder> baseConfig;

	private final Function<MigrateConfig, Migrate> engineFactory;

	private final SecretMasker masker;

	private final List<CliCommand> commands;

	private final Map<String, String> applicationSettings;

	private final String applicationOrigin;

	/**
	 * @param program how the user starts the program, for usage text ({@code migrate})
	 * @param baseConfig a fresh builder holding the launcher's configuration; options and
	 * variables override it, and a url from them replaces its DataSource
	 * @param engineFactory creates the engine for the final configuration (e.g.
	 * {@code Migrate::create})
	 * @param masker masks passwords in everything printed; the CLI registers the
	 * passwords it sees
	 */
	public MigrateCli(String program, Supplier<MigrateConfig.Builder> baseConfig,
			Function<MigrateConfig, Migrate> engineFactory, SecretMasker masker) {
		this(program, baseConfig, engineFactory, masker, null);
	}

	/**
	 * A CLI whose {@code check} and {@code revision --autogenerate} compare with
	 * {@code entityModel}.
	 * @param entityModel the application's expected schema, or {@code null} when the
	 * launcher has none
	 */
	public MigrateCli(String program, Supplier<MigrateConfig.Builder> baseConfig,
			Function<MigrateConfig, Migrate> engineFactory, SecretMasker masker, SchemaModelSource entityModel) {
		this(program, baseConfig, engineFactory, masker, entityModel, Map.of(), "");
	}

	private MigrateCli(String program, Supplier<MigrateConfig.Builder> baseConfig,
			Function<MigrateConfig, Migrate> engineFactory, SecretMasker masker, SchemaModelSource entityModel,
			Map<String, String> applicationSettings, String applicationOrigin) {
		this.commands = CliCommands.all(entityModel);
		this.applicationSettings = Map.copyOf(applicationSettings);
		this.applicationOrigin = Objects.requireNonNull(applicationOrigin, "applicationOrigin");
		this.program = Objects.requireNonNull(program, "program");
		this.baseConfig = Objects.requireNonNull(baseConfig, "baseConfig");
		this.engineFactory = Objects.requireNonNull(engineFactory, "engineFactory");
		this.masker = Objects.requireNonNull(masker, "masker");
	}

	/**
	 * A CLI with a masker of its own, for launchers that print nothing else (an
	 * application's {@code migrate} command line).
	 * @param program how the user starts the program, for usage text
	 * @param baseConfig a fresh builder holding the launcher's configuration
	 * @param engineFactory creates the engine for the final configuration
	 * @param entityModel the application's expected schema, or {@code null} when the
	 * launcher has none
	 */
	public MigrateCli(String program, Supplier<MigrateConfig.Builder> baseConfig,
			Function<MigrateConfig, Migrate> engineFactory, SchemaModelSource entityModel) {
		this(program, baseConfig, engineFactory, new SecretMasker(), entityModel);
	}

	/**
	 * The executable jar's CLI: core defaults, a url from options or environment,
	 * {@link Migrate#create}.
	 */
	public static MigrateCli standalone(SecretMasker masker) {
		return new MigrateCli(PROGRAM, MigrateConfig::builder, Migrate::create, masker);
	}

	/**
	 * The CLI of a build tool (the Maven plugin), which reads the application's settings
	 * files itself: options and environment variables first, then those settings
	 * ({@code migrate.*}, {@code spring.datasource.url}, {@code username},
	 * {@code password}), then core defaults. docs/cli.md states the order.
	 * @param program how the user starts it, for messages ({@code mvn migrate:})
	 * @param classLoader finds the project's classpath revisions and Java revisions
	 * @param applicationSettings the application's settings by property name
	 * @param applicationOrigin where they were read, named in error messages
	 * @param entityModel the expected schema for check and autogenerate, or {@code null}
	 */
	public static MigrateCli forBuild(String program, ClassLoader classLoader, Map<String, String> applicationSettings,
			String applicationOrigin, SchemaModelSource entityModel) {
		Objects.requireNonNull(classLoader, "classLoader");
		return new MigrateCli(program, () -> MigrateConfig.builder().classLoader(classLoader), Migrate::create,
				new SecretMasker(), entityModel, applicationSettings, applicationOrigin);
	}

	/**
	 * Runs one command line.
	 * @param args the arguments after the program name
	 * @param out where results go
	 * @param err where errors and usage errors go
	 * @param environment the variables to read settings from ({@code System.getenv()}, or
	 * a filtered map when the launcher reads the environment itself)
	 * @return the exit code
	 */
	public int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
		PasswordScan.registerAll(args, environment, masker);
		applicationSettings.forEach((name, value) -> {
			if (name.toLowerCase(Locale.ROOT).endsWith("password")) {
				masker.register(value);
			}
		});
		PrintStream maskedOut = masker.maskedStream(out);
		PrintStream maskedErr = masker.maskedStream(err);
		boolean debug = List.of(args).contains("--debug");
		try {
			return execute(args, out, maskedOut, environment);
		}
		catch (UsageException ex) {
			maskedErr.println(program + ": " + ex.getMessage());
			maskedErr
				.println("Run '" + program + (ex.command() == null ? "" : " " + ex.command()) + " --help' for usage.");
			return ExitCode.USAGE;
		}
		catch (Exception | LinkageError ex) {
			FailureReport.print(maskedErr, program, ex, debug);
			return ExitCode.FAILURE;
		}
		finally {
			maskedOut.flush();
			maskedErr.flush();
		}
	}

	private int execute(String[] args, PrintStream rawOut, PrintStream out, Map<String, String> environment)
			throws Exception {
		ParsedCommandLine line = new CommandLineParser(commands).parse(args);
		if (line.help()) {
			// Unmasked: usage text holds no secrets, and its example url has the shape
			// the masker hides.
			if (line.command() == null) {
				Usage.printGlobal(rawOut, program, commands);
			}
			else {
				Usage.printCommand(rawOut, program, line.command());
			}
			rawOut.flush();
			return ExitCode.OK;
		}
		if (line.command() == null) {
			throw new UsageException("no command given");
		}
		line.command().validate(line.arguments());
		if (!line.command().needsEngine()) {
			return line.command().run(null, line.arguments(), out);
		}
		ResolvedSettings settings = SettingsResolver.resolve(line.settings(), environment, applicationSettings,
				applicationOrigin);
		MigrateConfig config = config(settings, line.command().needsDatabase(line.arguments()));
		masker.register(config.password());
		Migrate engine = engineFactory.apply(config);
		return line.command().run(engine, line.arguments(), out);
	}

	/**
	 * The configuration for one command. Graph-only commands run without a database (and
	 * never connect to a configured one, reachable or not); the others need one.
	 */
	private MigrateConfig config(ResolvedSettings settings, boolean needsDatabase) {
		MigrateConfig.Builder builder = settings.applyTo(baseConfig.get());
		if (needsDatabase && !builder.hasDatabase()) {
			throw new UsageException("no database to connect to: give --url, or set MIGRATE_URL or DATABASE_URL"
					+ (applicationOrigin.isEmpty() ? "" : ", or spring.datasource.url in " + applicationOrigin));
		}
		try {
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

}

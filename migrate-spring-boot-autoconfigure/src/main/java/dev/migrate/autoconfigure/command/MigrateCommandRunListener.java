package dev.migrate.autoconfigure.command;

import dev.migrate.SecretMasker;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Prepares {@code java -jar app.jar migrate <command> ...} (see
 * {@link MigrateCommandLine}): no web server, lazy beans and an EntityManagerFactory that
 * is never started unless a Java revision needs it
 * ({@link MigrateCommandBeanFactoryPostProcessor}), nothing at startup
 * ({@code migrate.mode=none}, so that even a verify-mode application can be upgraded),
 * logs on stderr at warn, and {@link MigrateCommandApplicationRunner} to run the command.
 * It never ends the process: the runner's exit code reaches it through Spring Boot
 * ({@link MigrateCommandExitException}). Without {@code migrate} as the first argument
 * after Spring options it does nothing.
 */
public final class MigrateCommandRunListener implements SpringApplicationRunListener, Ordered {

	private static final String RUNNER_BEAN_NAME = "migrateCommandApplicationRunner";

	/** The property source that command mode adds; its presence marks the mode. */
	private static final String PROPERTY_SOURCE_NAME = "migrateCommand";

	/** Spring Boot's listener that loads classes ahead on a thread of its own. */
	private static final String BACKGROUND_PREINITIALIZER = "org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializingApplicationListener";

	private final SpringApplication application;

	private final @Nullable MigrateCommandLine commandLine;

	private @Nullable PrintStream stdout;

	private @Nullable PrintStream stderr;

	private final SecretMasker masker = new SecretMasker();

	/**
	 * Created by Spring Boot for every application run.
	 * @param application the application being run
	 * @param args the application's arguments
	 */
	public MigrateCommandRunListener(SpringApplication application, String[] args) {
		this.application = application;
		this.commandLine = MigrateCommandLine.parse(args);
	}

	@Override
	public int getOrder() {
		// Before Boot's own listener, whose environmentPrepared event loads config data
		// and profiles and starts the logging system.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		if (this.commandLine == null) {
			return;
		}
		// CLI options such as --url or --user are not Spring properties; the Spring
		// ones are added below.
		this.application.setAddCommandLineProperties(false);
		// Background pre-initialization loads Jackson, Tomcat and HTTP message converter
		// classes that a command does not use, on a second thread that competes for the
		// CPU. Its listener has not been given any event yet (this listener comes first).
		this.application.setListeners(this.application.getListeners()
			.stream()
			.filter((listener) -> !listener.getClass().getName().equals(BACKGROUND_PREINITIALIZER))
			.toList());
		// Stdout carries the command's output only (`migrate heads | wc -l`,
		// `upgrade --sql > f`): whatever else the application prints, its console log
		// included, goes to stderr. The logging system is not started yet, so its
		// console appender writes to the replacement.
		// Log lines of the driver and the pool (a failed connection quotes its url) pass
		// the same masker as the command's own output.
		this.stdout = System.out;
		this.stderr = System.err;
		System.setErr(this.masker.maskedStream(this.stderr));
		System.setOut(System.err);
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
			ConfigurableEnvironment environment) {
		if (this.commandLine == null) {
			return;
		}
		MutablePropertySources sources = environment.getPropertySources();
		// Logs at warn (migrate's own progress at info, as migrate.jar prints it)
		// unless asked for on the command line, in a system property or in the
		// environment: placed below those, above the application's config files.
		MapPropertySource logging = new MapPropertySource("migrateCommandLogging",
				Map.of("logging.level.root", "warn", "logging.level.dev.migrate", "info"));
		if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, logging);
		}
		else {
			sources.addLast(logging);
		}
		if (!this.commandLine.springArguments().isEmpty()) {
			sources.addFirst(
					new SimpleCommandLinePropertySource(this.commandLine.springArguments().toArray(new String[0])));
		}
		// Lazy beans: the command needs the engine, not web clients or schedulers.
		// ddl-auto=none: should a Java revision start JPA, Hibernate must not validate a
		// schema the command is about to change.
		sources.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
				Map.of("spring.main.web-application-type", "none", "migrate.mode", "none",
						"spring.main.lazy-initialization", "true", "spring.jpa.hibernate.ddl-auto", "none",
						"spring.main.banner-mode", "off", "spring.main.log-startup-info", "false",
						// Spring Data marks repositories eager in its default bootstrap
						// mode
						// (lazy-initialization leaves explicit flags alone); created,
						// they
						// start the EntityManagerFactory.
						"spring.data.jpa.repositories.bootstrap-mode", "lazy")));
	}

	/**
	 * Whether {@code environment} belongs to an application started in command mode.
	 * @param environment an application's environment, or {@code null}
	 * @return whether command mode prepared it
	 */
	static boolean isCommandMode(@Nullable Environment environment) {
		return environment instanceof ConfigurableEnvironment configurable
				&& configurable.getPropertySources().contains(PROPERTY_SOURCE_NAME);
	}

	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		if (this.commandLine == null) {
			return;
		}
		context.addBeanFactoryPostProcessor(new MigrateCommandBeanFactoryPostProcessor(RUNNER_BEAN_NAME));
		PrintStream out = (this.stdout != null) ? this.stdout : System.out;
		context.getBeanFactory()
			.registerSingleton(RUNNER_BEAN_NAME, new MigrateCommandApplicationRunner(context.getBeanFactory(),
					this.commandLine, this.masker, out, System.err));
	}

	@Override
	public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
		if (this.commandLine == null) {
			return;
		}
		// The command succeeded (a failure ends the run with an exception carrying its
		// exit code). Closing the context lets the JVM end with status 0 once main
		// returns, as a batch application does.
		SpringApplication.exit(context);
		restoreStdout();
	}

	@Override
	public void failed(@Nullable ConfigurableApplicationContext context, Throwable exception) {
		restoreStdout();
	}

	private void restoreStdout() {
		if (this.stdout != null) {
			System.out.flush();
			System.err.flush();
			System.setOut(this.stdout);
			this.stdout = null;
		}
		if (this.stderr != null) {
			System.setErr(this.stderr);
			this.stderr = null;
		}
	}

}

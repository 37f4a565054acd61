package dev.migrate.autoconfigure.command;

import dev.migrate.SecretMasker;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * Turns {@code java -jar app.jar migrate <command> ...} into a one-shot migration
 * command: no web server, lazy beans, nothing at startup ({@code migrate.mode=none}, so
 * that even a verify-mode application can be upgraded), then the command against the
 * application's engine, then exit with the command's code. Without {@code migrate} as the
 * first argument it does nothing.
 */
public final class MigrateCommandRunListener implements SpringApplicationRunListener, Ordered {

	private final SpringApplication application;

	private final MigrateCommandLine commandLine;

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
		// and profiles.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		if (this.commandLine != null) {
			// CLI options such as --url or --user are not Spring properties; the Spring
			// ones are added below.
			this.application.setAddCommandLineProperties(false);
			// Log lines of the driver and the pool (a failed connection quotes its url)
			// pass the same masker as the command's own output: logback's console
			// appender writes to whatever System.out/err are when it writes.
			System.setOut(this.masker.maskedStream(System.out));
			System.setErr(this.masker.maskedStream(System.err));
		}
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
			ConfigurableEnvironment environment) {
		if (this.commandLine == null) {
			return;
		}
		var sources = environment.getPropertySources();
		if (!this.commandLine.springArguments().isEmpty()) {
			sources.addFirst(
					new SimpleCommandLinePropertySource(this.commandLine.springArguments().toArray(new String[0])));
		}
		// Lazy beans: the command needs the engine, not the EntityManagerFactory, web
		// clients or
		// schedulers. ddl-auto=none: Hibernate must not validate a schema the command is
		// about to change.
		sources.addFirst(new MapPropertySource("migrateCommand",
				Map.of("spring.main.web-application-type", "none", "migrate.mode", "none",
						"spring.main.lazy-initialization", "true", "spring.jpa.hibernate.ddl-auto", "none",
						"spring.main.banner-mode", "off", "spring.main.log-startup-info", "false")));
	}

	@Override
	public void started(ConfigurableApplicationContext context, Duration timeTaken) {
		if (this.commandLine == null) {
			return;
		}
		// Before ApplicationRunners and CommandLineRunners: they are the application's,
		// not the command's.
		int code = new MigrateCommandRunner(context, this.masker).run(this.commandLine, System.out, System.err);
		System.out.flush();
		System.err.flush();
		System.exit(SpringApplication.exit(context, () -> code));
	}

}

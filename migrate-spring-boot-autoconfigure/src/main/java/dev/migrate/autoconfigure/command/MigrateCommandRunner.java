package dev.migrate.autoconfigure.command;

import dev.migrate.Migrate;
import dev.migrate.SecretMasker;
import dev.migrate.cli.ExitCode;
import dev.migrate.cli.MigrateCli;
import dev.migrate.schema.SchemaModelSource;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;

/**
 * Runs one migrate CLI command against an application's own engine: its DataSource,
 * revisions (including Java revision beans), listeners and {@code migrate.*} properties,
 * with the command's options taking precedence.
 */
public final class MigrateCommandRunner {

	private static final String PROGRAM = "java -jar app.jar migrate";

	/** Settings whose values are passwords, masked in everything the command prints. */
	private static final List<String> PASSWORD_PROPERTIES = List.of("migrate.password", "spring.datasource.password");

	private static final List<String> URL_PROPERTIES = List.of("migrate.url", "spring.datasource.url");

	private final ListableBeanFactory beanFactory;

	private final SecretMasker masker;

	/**
	 * Creates a runner.
	 * @param beanFactory the refreshed application context
	 */
	public MigrateCommandRunner(ListableBeanFactory beanFactory) {
		this(beanFactory, new SecretMasker());
	}

	/**
	 * Creates a runner that masks with {@code masker}, which the launcher may also have
	 * put in front of the process's log output.
	 * @param beanFactory the refreshed application context
	 * @param masker masks passwords; the runner registers the application's own
	 */
	public MigrateCommandRunner(ListableBeanFactory beanFactory, SecretMasker masker) {
		this.beanFactory = beanFactory;
		this.masker = masker;
	}

	/**
	 * Runs the command.
	 * @param commandLine the parsed arguments
	 * @param out where results go
	 * @param err where errors go
	 * @return the command's exit code
	 */
	public int run(MigrateCommandLine commandLine, PrintStream out, PrintStream err) {
		// Engines are chosen by bean name, so only the chosen one is created (each loads
		// its revisions).
		List<String> engines = List.of(this.beanFactory.getBeanNamesForType(Migrate.class));
		String name;
		if (commandLine.engine() != null) {
			name = commandLine.engine();
			if (!engines.contains(name)) {
				err.println(PROGRAM + ": no engine named '" + name + "'; engines: " + engines);
				return ExitCode.USAGE;
			}
		}
		else if (engines.size() == 1) {
			name = engines.get(0);
		}
		else if (engines.isEmpty()) {
			err.println(PROGRAM + ": this application has no migrate engine: it needs a DataSource or migrate.url, "
					+ "and migrate.enabled must not be false");
			return ExitCode.FAILURE;
		}
		else {
			err.println(
					PROGRAM + ": this application has several engines " + engines + "; choose one with --engine NAME");
			return ExitCode.USAGE;
		}
		Environment environment = this.beanFactory.getBeanProvider(Environment.class).getIfAvailable();
		if (environment != null) {
			PASSWORD_PROPERTIES.forEach((property) -> this.masker.register(environment.getProperty(property)));
			// A password pasted into the url instead: the driver and the pool quote the
			// url, or pieces of it when they cannot read it, as they fail.
			URL_PROPERTIES.forEach((property) -> this.masker.registerUrl(environment.getProperty(property)));
		}
		Migrate chosen = this.beanFactory.getBean(name, Migrate.class);
		// The entity model (when the application has JPA) lets check and revision
		// --autogenerate compare with it. Only they load it, so its bean, which scans
		// the application's entity classes, is created on first use.
		SchemaModelSource entityModel = null;
		if (this.beanFactory.getBeanNamesForType(SchemaModelSource.class, true, false).length > 0) {
			ObjectProvider<SchemaModelSource> source = this.beanFactory.getBeanProvider(SchemaModelSource.class);
			entityModel = () -> source.getObject().load();
		}
		MigrateCli cli = new MigrateCli(PROGRAM, () -> chosen.config().toBuilder(), Migrate::create, this.masker,
				entityModel);
		// MIGRATE_* variables already reached the engine through Spring's relaxed
		// binding; passing
		// the environment again would also let DATABASE_URL silently replace the
		// application's DataSource.
		return cli.run(commandLine.cliArguments().toArray(new String[0]), out, err, Map.of());
	}

}

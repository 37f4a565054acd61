package dev.migrate.maven;

import dev.migrate.maven.internal.ApplicationSettings;
import dev.migrate.maven.internal.CommandLine;
import dev.migrate.maven.internal.ProjectRunner;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the settings of docs/cli.md as parameters (each also a
 * {@code -Dmigrate.*} user property), the application's settings files, and the run of
 * the command through the migrate command line library with the project's classes.
 * Settings are taken in the order of docs/maven-plugin.md: plugin configuration and
 * {@code -D}, then {@code MIGRATE_*} and {@code DATABASE_URL}, then the application's
 * {@code application.*} files, then defaults.
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

	/** JDBC url of the database, or a {@code postgresql://user:pass@host/db} url. */
	@Parameter(property = "migrate.url")
	private String url;

	/** Database user. */
	@Parameter(property = "migrate.user")
	private String user;

	/** Database password (prefer {@code MIGRATE_PASSWORD} or the settings file). */
	@Parameter(property = "migrate.password")
	private String password;

	/**
	 * SQL revision locations, {@code classpath:dir} or {@code filesystem:dir}; default
	 * {@code classpath:db/revisions}. A {@code classpath:} location is read from the
	 * project's resource directories ({@code src/main/resources}), so new revisions are
	 * written there.
	 */
	@Parameter(property = "migrate.locations")
	private List<String> locations;

	/**
	 * Packages scanned for Java revisions; default: the packages of the {@code @Revision}
	 * classes among the project's compiled classes.
	 */
	@Parameter(property = "migrate.packages")
	private List<String> packages;

	/** Schema of the version and history tables. */
	@Parameter(property = "migrate.schema")
	private String schema;

	/** Version table name. */
	@Parameter(property = "migrate.version-table")
	private String versionTable;

	/** History table name. */
	@Parameter(property = "migrate.history-table")
	private String historyTable;

	/** Longest wait for the migration lock, e.g. {@code 60s}. */
	@Parameter(property = "migrate.lock-wait-timeout")
	private String lockWaitTimeout;

	/** PostgreSQL {@code lock_timeout} for revision statements, {@code 0} = none. */
	@Parameter(property = "migrate.lock-timeout")
	private String lockTimeout;

	/** PostgreSQL {@code statement_timeout} for revision statements, {@code 0} = none. */
	@Parameter(property = "migrate.statement-timeout")
	private String statementTimeout;

	/** {@code per-revision}, or {@code all} for one transaction for the run. */
	@Parameter(property = "migrate.transaction-mode")
	private String transactionMode;

	/** Retries while the database refuses connections. */
	@Parameter(property = "migrate.connect-retries")
	private String connectRetries;

	/** Pause between connection attempts, e.g. {@code 1s}. */
	@Parameter(property = "migrate.connect-retry-interval")
	private String connectRetryInterval;

	/**
	 * Longest TCP connect and login of one connection, e.g. {@code 10s} ({@code 0} =
	 * none).
	 */
	@Parameter(property = "migrate.connect-timeout")
	private String connectTimeout;

	/**
	 * Longest wait for an answer to migrate's own queries, e.g. {@code 60s} ({@code 0} =
	 * none).
	 */
	@Parameter(property = "migrate.socket-timeout")
	private String socketTimeout;

	/** Whether edited applied revisions block upgrade ({@code true} or {@code false}). */
	@Parameter(property = "migrate.validate-checksums")
	private String validateChecksums;

	/**
	 * Spring profiles whose settings files ({@code application-PROFILE.yml}) and profile
	 * documents are read; default: {@code spring.profiles.active} of the application's
	 * settings.
	 */
	@Parameter(property = "migrate.profiles")
	private List<String> profiles;

	/** Whether to read the application's {@code application.properties/yml} at all. */
	@Parameter(property = "migrate.read-application-settings", defaultValue = "true")
	private boolean readApplicationSettings;

	/** Writes the command's output to this file instead of the build log. */
	@Parameter(property = "migrate.output-file")
	private File outputFile;

	/** Skips the goal. */
	@Parameter(property = "migrate.skip", defaultValue = "false")
	private boolean skip;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	@Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
	private List<Artifact> pluginArtifacts;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Skipping migrate:" + command());
			return;
		}
		CommandLine line = new CommandLine();
		line.option("--url", url)
			.option("--user", user)
			.option("--password", password)
			.option("--packages", packages)
			.option("--schema", schema)
			.option("--version-table", versionTable)
			.option("--history-table", historyTable)
			.option("--lock-wait-timeout", lockWaitTimeout)
			.option("--lock-timeout", lockTimeout)
			.option("--statement-timeout", statementTimeout)
			.option("--transaction-mode", transactionMode)
			.option("--connect-retries", connectRetries)
			.option("--connect-retry-interval", connectRetryInterval)
			.option("--connect-timeout", connectTimeout)
			.option("--socket-timeout", socketTimeout)
			.option("--validate-checksums", validateChecksums);
		List<File> resourceDirectories = resourceDirectories();
		if (locations != null && !locations.isEmpty()) {
			line.option("--locations", ApplicationSettings.projectLocations(locations, resourceDirectories));
		}
		if (getLog().isDebugEnabled()) {
			line.flag("--debug");
		}
		line.command(command());
		arguments(line);
		ApplicationSettings settings = readApplicationSettings
				? ApplicationSettings.read(project.getBasedir(), resourceDirectories, profiles, System.getenv())
				: ApplicationSettings.none(resourceDirectories);
		getLog().debug("migrate " + line.masked() + " with " + settings.origin());
		new ProjectRunner(project, pluginArtifacts, getLog()).run(command(), line.toArray(), settings.values(),
				settings.origin(), needsEntityModel(), outputFile, Map.copyOf(System.getenv()));
	}

	private List<File> resourceDirectories() {
		List<File> directories = new ArrayList<>();
		project.getResources().forEach((resource) -> directories.add(new File(resource.getDirectory())));
		return directories;
	}

	/** The CLI command this goal runs: {@code upgrade}. */
	abstract String command();

	/** Adds the command's own arguments and options. */
	abstract void arguments(CommandLine line);

	/** Whether the command compares with the project's JPA entities. */
	boolean needsEntityModel() {
		return false;
	}

}

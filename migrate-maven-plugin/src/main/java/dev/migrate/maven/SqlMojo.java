package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The offline script: {@code migrate upgrade TARGET --sql} (or {@code downgrade} with
 * {@code downgrade=true}) writes the SQL the run would execute, touching nothing. With a
 * {@code FROM:TO} range the database is not contacted. Set {@code outputFile} to write it
 * to a file.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMojo extends AbstractMigrateMojo {

	/** Target or {@code FROM:TO} range, e.g. {@code base:heads} or {@code heads}. */
	@Parameter(property = "migrate.target", required = true)
	private String target;

	/** Writes the downgrade script instead of the upgrade one. */
	@Parameter(property = "migrate.downgrade", defaultValue = "false")
	private boolean downgrade;

	@Override
	String command() {
		return downgrade ? "downgrade" : "upgrade";
	}

	@Override
	void arguments(CommandLine line) {
		line.argument(target);
		line.flag("--sql");
	}

}

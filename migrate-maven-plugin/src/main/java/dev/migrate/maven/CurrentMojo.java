package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate current [-v]}: shows the revisions recorded in the database.
 */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends AbstractMigrateMojo {

	/** Shows full details. */
	@Parameter(property = "migrate.verbose", defaultValue = "false")
	private boolean verbose;

	@Override
	String command() {
		return "current";
	}

	@Override
	void arguments(CommandLine line) {
		line.flag("--verbose", verbose);
	}

}

package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate heads [-v]}: shows the heads of the revision graph.
 */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends AbstractMigrateMojo {

	/** Shows full details. */
	@Parameter(property = "migrate.verbose", defaultValue = "false")
	private boolean verbose;

	@Override
	String command() {
		return "heads";
	}

	@Override
	void arguments(CommandLine line) {
		line.flag("--verbose", verbose);
	}

}

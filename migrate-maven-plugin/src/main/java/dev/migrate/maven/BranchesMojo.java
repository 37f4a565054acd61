package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate branches [-v]}: shows the branch points of the revision graph.
 */
@Mojo(name = "branches", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BranchesMojo extends AbstractMigrateMojo {

	/** Shows full details. */
	@Parameter(property = "migrate.verbose", defaultValue = "false")
	private boolean verbose;

	@Override
	String command() {
		return "branches";
	}

	@Override
	void arguments(CommandLine line) {
		line.flag("--verbose", verbose);
	}

}

package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate history [-r RANGE] [-v] [--indicate-current] [--graph]}: lists
 * revisions, newest first.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractMigrateMojo {

	/** Range {@code FROM:TO}, e.g. {@code -3:current}. */
	@Parameter(property = "migrate.range")
	private String range;

	/** Shows full details. */
	@Parameter(property = "migrate.verbose", defaultValue = "false")
	private boolean verbose;

	/** Marks the revisions recorded in the database (connects). */
	@Parameter(property = "migrate.indicate-current", defaultValue = "false")
	private boolean indicateCurrent;

	/** Draws the revision graph. */
	@Parameter(property = "migrate.graph", defaultValue = "false")
	private boolean graph;

	@Override
	String command() {
		return "history";
	}

	@Override
	void arguments(CommandLine line) {
		line.option("--rev-range", range);
		line.flag("--verbose", verbose);
		line.flag("--indicate-current", indicateCurrent);
		line.flag("--graph", graph);
	}

}

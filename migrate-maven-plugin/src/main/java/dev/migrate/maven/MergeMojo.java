package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate merge -m MSG REV REV...}: writes a merge revision joining the revisions
 * (usually the heads).
 */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MergeMojo extends AbstractMigrateMojo {

	/** What the merge does. */
	@Parameter(property = "message", required = true)
	private String message;

	/** The revisions to join (comma separated with {@code -D}). */
	@Parameter(property = "migrate.revisions", required = true)
	private List<String> revisions;

	/** Writes a Java revision instead of SQL. */
	@Parameter(property = "migrate.java", defaultValue = "false")
	private boolean java;

	/** Directory to write to. */
	@Parameter(property = "migrate.dir")
	private String dir;

	@Override
	String command() {
		return "merge";
	}

	@Override
	void arguments(CommandLine line) {
		line.option("--message", message);
		revisions.forEach(line::argument);
		line.flag("--java", java);
		line.option("--dir", dir);
	}

}

package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate stamp TARGET... [--purge]}: records the targets as the current heads
 * without running revisions.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends AbstractMigrateMojo {

	/** Revisions to record as current (comma separated with {@code -D}). */
	@Parameter(property = "migrate.target", required = true)
	private List<String> targets;

	/** Empties the version table first. */
	@Parameter(property = "migrate.purge", defaultValue = "false")
	private boolean purge;

	@Override
	String command() {
		return "stamp";
	}

	@Override
	void arguments(CommandLine line) {
		targets.forEach(line::argument);
		line.flag("--purge", purge);
	}

}

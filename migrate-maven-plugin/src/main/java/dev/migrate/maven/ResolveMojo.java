package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate resolve REV (--applied | --rolled-back | --accept-checksum)}: records an
 * operator's decision about a failed or interrupted non-transactional step, or accepts an
 * edited applied revision, with who and when in the history.
 */
@Mojo(name = "resolve", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ResolveMojo extends AbstractMigrateMojo {

	/** The revision the decision is about. */
	@Parameter(property = "migrate.revision", required = true)
	private String revision;

	/** The step's changes are all in place (remaining statements finished by hand). */
	@Parameter(property = "migrate.applied", defaultValue = "false")
	private boolean applied;

	/**
	 * The step's completed statements were undone by hand; the next upgrade runs it
	 * again.
	 */
	@Parameter(property = "migrate.rolled-back", defaultValue = "false")
	private boolean rolledBack;

	/** The applied revision was edited on purpose: record its current checksum. */
	@Parameter(property = "migrate.accept-checksum", defaultValue = "false")
	private boolean acceptChecksum;

	@Override
	String command() {
		return "resolve";
	}

	@Override
	void arguments(CommandLine line) {
		line.argument(revision);
		line.flag("--applied", applied);
		line.flag("--rolled-back", rolledBack);
		line.flag("--accept-checksum", acceptChecksum);
	}

}

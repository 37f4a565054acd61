package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate show REV}: shows one revision in detail.
 */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ShowMojo extends AbstractMigrateMojo {

	/** The revision id, unique prefix or label. */
	@Parameter(property = "migrate.revision", required = true)
	private String revision;

	@Override
	String command() {
		return "show";
	}

	@Override
	void arguments(CommandLine line) {
		line.argument(revision);
	}

}

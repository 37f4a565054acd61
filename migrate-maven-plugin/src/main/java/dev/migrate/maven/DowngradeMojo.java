package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate downgrade TARGET}: reverts revisions down to the target.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends AbstractMigrateMojo {

	/** Target: {@code base}, {@code -1}, an id, {@code label@base}. */
	@Parameter(property = "migrate.target", required = true)
	private String target;

	@Override
	String command() {
		return "downgrade";
	}

	@Override
	void arguments(CommandLine line) {
		line.argument(target);
	}

}

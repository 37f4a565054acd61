package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate upgrade [TARGET]}: applies the revisions up to the target.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends AbstractMigrateMojo {

	/**
	 * Target: {@code heads} (default), {@code head}, an id, {@code +N},
	 * {@code label@head}.
	 */
	@Parameter(property = "migrate.target")
	private String target;

	@Override
	String command() {
		return "upgrade";
	}

	@Override
	void arguments(CommandLine line) {
		line.argument(target);
	}

}

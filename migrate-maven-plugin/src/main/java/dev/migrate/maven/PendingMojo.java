package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate pending}: lists the revisions upgrade would apply, in order.
 */
@Mojo(name = "pending", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class PendingMojo extends AbstractMigrateMojo {

	@Override
	String command() {
		return "pending";
	}

	@Override
	void arguments(CommandLine line) {
		// No arguments.
	}

}

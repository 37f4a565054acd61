package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate verify}: fails the build when revisions are pending or applied ones were
 * edited.
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class VerifyMojo extends AbstractMigrateMojo {

	@Override
	String command() {
		return "verify";
	}

	@Override
	void arguments(CommandLine line) {
		// No arguments.
	}

}

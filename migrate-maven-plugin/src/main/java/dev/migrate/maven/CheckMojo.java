package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate check}: fails the build when the database schema differs from the
 * project's JPA entities (compiled classes: run after {@code compile}). Bound to
 * {@code verify} when declared as an execution.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
		threadSafe = true)
public class CheckMojo extends AbstractMigrateMojo {

	/** Patterns of tables and columns to leave out of the comparison, comma separated. */
	@Parameter(property = "migrate.exclude")
	private String exclude;

	@Override
	String command() {
		return "check";
	}

	@Override
	void arguments(CommandLine line) {
		line.option("--exclude", exclude);
	}

	@Override
	boolean needsEntityModel() {
		return true;
	}

}

package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate init [DIR]}: scaffolds the project (default its base directory):
 * {@code src/main/resources/db/revisions} with a first, empty revision, the Spring Boot
 * settings in {@code application.properties} and the command line's in
 * {@code migrate.env}. Needs no database; refuses a revisions folder that already holds
 * revisions.
 */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class InitMojo extends AbstractMigrateMojo {

	/** The project directory to scaffold. */
	@Parameter(property = "migrate.init-dir", defaultValue = "${project.basedir}")
	private File dir;

	@Override
	String command() {
		return "init";
	}

	@Override
	void arguments(CommandLine line) {
		line.argument(dir.getPath());
	}

}

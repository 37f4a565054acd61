package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate fleet COMMAND [ARGS] (--targets FILE | --targets-query SQL | --schemas A,B,...)}:
 * runs {@code upgrade}, {@code downgrade}, {@code stamp}, {@code verify} or
 * {@code current} over many schemas, databases and servers (docs/fleet.md). A failed
 * target fails the build; {@code verify} with a target pending fails it with the report.
 */
@Mojo(name = "fleet", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class FleetMojo extends AbstractMigrateMojo {

	/**
	 * The command to run on every target: upgrade, downgrade, stamp, verify or current.
	 */
	@Parameter(property = "migrate.fleet-command", required = true)
	private String fleetCommand;

	/** The command's arguments (its target; the revisions for stamp). */
	@Parameter(property = "migrate.fleet-arguments")
	private List<String> fleetArguments;

	/** A targets file (docs/fleet.md). */
	@Parameter(property = "migrate.targets")
	private String targets;

	/** SQL on the configured database that returns the targets. */
	@Parameter(property = "migrate.targets-query")
	private String targetsQuery;

	/** Schemas of the configured database to run on (comma separated with {@code -D}). */
	@Parameter(property = "migrate.schemas")
	private List<String> schemas;

	/** Only the targets with this label. */
	@Parameter(property = "migrate.label")
	private String label;

	/** How many targets run at once. */
	@Parameter(property = "migrate.parallel")
	private String parallel;

	/** Stops starting targets after the first failure. */
	@Parameter(property = "migrate.fail-fast", defaultValue = "false")
	private boolean failFast;

	/** stamp: empties each version table first. */
	@Parameter(property = "migrate.purge", defaultValue = "false")
	private boolean purge;

	/** Output format: text or json. */
	@Parameter(property = "migrate.format")
	private String format;

	@Override
	String command() {
		return "fleet";
	}

	@Override
	void arguments(CommandLine line) {
		line.argument(fleetCommand);
		if (fleetArguments != null) {
			fleetArguments.forEach(line::argument);
		}
		line.option("--targets", targets);
		line.option("--targets-query", targetsQuery);
		if (schemas != null && !schemas.isEmpty()) {
			line.option("--schemas", String.join(",", schemas));
		}
		line.option("--label", label);
		line.option("--parallel", parallel);
		line.flag("--fail-fast", failFast);
		line.flag("--purge", purge);
		line.option("--format", format);
	}

}

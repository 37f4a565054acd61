package dev.migrate.maven;

import dev.migrate.maven.internal.CommandLine;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate lint [RANGE]}: zero-downtime safety report; fails the build on errors.
 * Bound to {@code verify} when declared as an execution.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
		threadSafe = true)
public class LintMojo extends AbstractMigrateMojo {

	/**
	 * Range of revisions to lint ({@code base:heads}); default: the pending ones
	 * (connects).
	 */
	@Parameter(property = "migrate.range")
	private String range;

	/** {@code text} or {@code json}. */
	@Parameter(property = "migrate.lint-format")
	private String format;

	/** Rule severities, {@code ID=SEVERITY,...}. */
	@Parameter(property = "migrate.lint-rules")
	private String rules;

	@Override
	String command() {
		return "lint";
	}

	@Override
	void arguments(CommandLine line) {
		line.argument(range);
		line.option("--format", format);
		line.option("--rules", rules);
	}

}

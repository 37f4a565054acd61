package dev.migrate.autoconfigure.lint;

import dev.migrate.MigrateException;
import dev.migrate.result.LintReport;

/**
 * Startup stopped because the pending revisions of an engine have lint errors and
 * {@code migrate.lint.fail-on-error} is set. Thrown before any revision runs.
 */
public class LintFailedException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String engineName;

	private final transient LintReport report;

	/**
	 * Creates the exception.
	 * @param engineName the engine's bean name
	 * @param report the lint report with at least one unsuppressed error
	 */
	public LintFailedException(String engineName, LintReport report) {
		super("Pending revisions of migrate engine '" + engineName + "' have "
				+ report.count(dev.migrate.result.Severity.ERROR)
				+ " lint error(s) and migrate.lint.fail-on-error is set");
		this.engineName = engineName;
		this.report = report;
	}

	/** The engine's bean name. */
	public String engineName() {
		return this.engineName;
	}

	/** The full report, suppressed findings included. */
	public LintReport report() {
		return this.report;
	}

}

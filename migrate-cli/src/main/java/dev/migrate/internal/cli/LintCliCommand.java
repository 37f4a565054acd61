package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.result.LintReport;
import dev.migrate.result.Severity;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lint [RANGE] [--format text|json] [--rules ID=SEVERITY,...]}: the zero-downtime
 * safety report. Without RANGE it lints the pending revisions (reading the database's
 * heads); with a range such as {@code base:heads} it lints those revisions without
 * touching the database (as with {@code upgrade
 * --sql}, FROM counts as applied: {@code 3a8f:head} lints the revisions after 3a8f).
 * Exits 3 when an unsuppressed finding is an error, so a CI step fails before a dangerous
 * revision ships.
 */
final class LintCliCommand extends AbstractCliCommand {

	static final CommandOption FORMAT = new CommandOption("--format", null, "text|json",
			"output format (default text)");
	static final CommandOption RULES = new CommandOption("--rules", null, "ID=SEVERITY,...",
			"override rule severities: error, warning, info or off");

	private static final List<String> RULE_IDS = Migrate.lintRules();

	LintCliCommand() {
		super("lint", "[RANGE] [--format text|json] [--rules ID=SEVERITY,...]",
				"zero-downtime safety report on pending revisions (or RANGE); exit 3 on errors", List.of(FORMAT, RULES),
				0, 1);
	}

	@Override
	public void validate(CommandArguments arguments) {
		format(arguments);
		severities(arguments);
	}

	/**
	 * A range is linted from the revisions alone; without one the pending revisions are
	 * read.
	 */
	@Override
	public boolean needsDatabase(CommandArguments arguments) {
		return arguments.positional(0, null) == null;
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		Map<String, Severity> severities = severities(arguments);
		String range = arguments.positional(0, null);
		LintReport report = (range != null) ? engine.lint(range, severities) : engine.lint(severities);
		out.print(format(arguments).equals("json") ? report.toJson() : report.toText());
		return report.hasErrors() ? ExitCode.CHECK_FAILED : ExitCode.OK;
	}

	private String format(CommandArguments arguments) {
		String format = arguments.value(FORMAT.name());
		if (format == null) {
			return "text";
		}
		if (!format.equals("text") && !format.equals("json")) {
			throw new UsageException("--format must be text or json, not '" + format + "'", name());
		}
		return format;
	}

	/** Parses {@code drop-column=warning,prefer-jsonb=off}. */
	private Map<String, Severity> severities(CommandArguments arguments) {
		Map<String, Severity> severities = new LinkedHashMap<>();
		String rules = arguments.value(RULES.name());
		if (rules == null || rules.isBlank()) {
			return severities;
		}
		for (String entry : rules.split(",")) {
			int equals = entry.indexOf('=');
			if (equals <= 0) {
				throw new UsageException(
						"--rules expects ID=SEVERITY pairs separated by commas, not '" + entry.trim() + "'", name());
			}
			String rule = entry.substring(0, equals).trim();
			if (!RULE_IDS.contains(rule)) {
				throw new UsageException(
						"--rules names unknown rule '" + rule + "'; known rules: " + String.join(", ", RULE_IDS),
						name());
			}
			try {
				severities.put(rule, Severity.parse(entry.substring(equals + 1)));
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException(ex.getMessage(), name());
			}
		}
		return severities;
	}

}

package dev.migrate.autoconfigure.lint;

import dev.migrate.result.LintReport;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * One engine's lint report for its pending revisions, with the same fields as
 * {@code migrate lint --format json}.
 *
 * @param revisions the pending revisions, in the order they would run
 * @param errors unsuppressed errors
 * @param warnings unsuppressed warnings
 * @param infos unsuppressed infos
 * @param suppressed findings silenced by a suppression with a reason
 * @param findings every finding, suppressed ones included
 */
public record LintReportDescriptor(List<String> revisions, long errors, long warnings, long infos, long suppressed,
		List<LintFindingDescriptor> findings) implements LintDescriptor {

	static LintReportDescriptor of(LintReport report) {
		return new LintReportDescriptor(report.revisions(), report.count(Severity.ERROR),
				report.count(Severity.WARNING), report.count(Severity.INFO), report.suppressed().size(),
				report.findings().stream().map(LintFindingDescriptor::of).toList());
	}
}

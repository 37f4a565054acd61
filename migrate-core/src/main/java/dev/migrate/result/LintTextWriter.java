package dev.migrate.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link LintReport} for a terminal or a CI log:
 *
 * <pre>
 * 9c3e5f8a1d2b
 *   ERROR set-not-null at db/revisions/9c3e5f8a1d2b_phone.sql:12
 *     ALTER TABLE users ALTER COLUMN phone SET NOT NULL
 *     Sets "phone" NOT NULL on existing table "users": ...
 *     fix: Add CHECK ("phone" IS NOT NULL) NOT VALID ...
 *   suppressed drop-column at ...:14 (reason: no release since 2.3 reads it)
 *
 * 1 error, 0 warnings, 0 infos, 1 suppressed in 1 revision
 * </pre>
 */
final class LintTextWriter {

	private final LintReport report;

	LintTextWriter(LintReport report) {
		this.report = report;
	}

	String write() {
		StringBuilder out = new StringBuilder();
		Map<String, List<LintFinding>> byRevision = new LinkedHashMap<>();
		for (String revision : report.revisions()) {
			byRevision.put(revision, new ArrayList<>());
		}
		for (LintFinding finding : report.findings()) {
			byRevision.computeIfAbsent(finding.revision(), revision -> new ArrayList<>()).add(finding);
		}
		for (Map.Entry<String, List<LintFinding>> entry : byRevision.entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			out.append(entry.getKey()).append('\n');
			for (LintFinding finding : entry.getValue()) {
				writeFinding(out, finding);
			}
			out.append('\n');
		}
		out.append(summary());
		return out.toString();
	}

	private static void writeFinding(StringBuilder out, LintFinding finding) {
		if (finding.suppressed()) {
			out.append("  suppressed ")
				.append(finding.ruleId())
				.append(" at ")
				.append(finding.location())
				.append(" (reason: ")
				.append(finding.suppressionReason())
				.append(")\n");
			return;
		}
		out.append("  ")
			.append(finding.severity().name())
			.append(' ')
			.append(finding.ruleId())
			.append(" at ")
			.append(finding.location())
			.append('\n');
		if (!finding.statement().isEmpty()) {
			out.append("    ").append(finding.statement()).append('\n');
		}
		out.append("    ").append(finding.message()).append('\n');
		out.append("    fix: ").append(finding.fix()).append('\n');
	}

	private String summary() {
		int revisions = report.revisions().size();
		return plural(report.count(Severity.ERROR), "error") + ", " + plural(report.count(Severity.WARNING), "warning")
				+ ", " + plural(report.count(Severity.INFO), "info") + ", " + report.suppressed().size()
				+ " suppressed in " + plural(revisions, "revision") + "\n";
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

}

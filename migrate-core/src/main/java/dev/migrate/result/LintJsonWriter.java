package dev.migrate.result;

import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link LintReport} as JSON, hand-written because core has no JSON library:
 *
 * <pre>{@code
 * {"revisions": ["3a8f1c2d4b7e"], "errors": 1, "warnings": 0, "infos": 0, "suppressed": 0,
 *  "findings": [{"rule": "set-not-null", "severity": "error", "revision": "3a8f1c2d4b7e",
 *                "file": "db/revisions/3a8f1c2d4b7e_x.sql", "line": 12, "statement": "ALTER TABLE ...",
 *                "message": "...", "fix": "...", "suppressed": false, "suppressionReason": null}]}
 * }</pre> {@code line} is 0 when unknown. Counts cover unsuppressed findings only.
 */
final class LintJsonWriter {

	private final LintReport report;

	LintJsonWriter(LintReport report) {
		this.report = report;
	}

	String write() {
		StringBuilder out = new StringBuilder("{\"revisions\": [");
		for (Iterator<String> it = report.revisions().iterator(); it.hasNext();) {
			string(out, it.next());
			out.append(it.hasNext() ? ", " : "");
		}
		out.append("], \"errors\": ")
			.append(report.count(Severity.ERROR))
			.append(", \"warnings\": ")
			.append(report.count(Severity.WARNING))
			.append(", \"infos\": ")
			.append(report.count(Severity.INFO))
			.append(", \"suppressed\": ")
			.append(report.suppressed().size())
			.append(", \"findings\": [");
		for (Iterator<LintFinding> it = report.findings().iterator(); it.hasNext();) {
			finding(out, it.next());
			out.append(it.hasNext() ? ",\n  " : "");
		}
		return out.append("]}\n").toString();
	}

	private static void finding(StringBuilder out, LintFinding finding) {
		out.append("{\"rule\": ");
		string(out, finding.ruleId());
		out.append(", \"severity\": ");
		string(out, finding.severity().label());
		out.append(", \"revision\": ");
		string(out, finding.revision());
		out.append(", \"file\": ");
		string(out, finding.location().file());
		out.append(", \"line\": ").append(finding.location().line());
		out.append(", \"statement\": ");
		string(out, finding.statement());
		out.append(", \"message\": ");
		string(out, finding.message());
		out.append(", \"fix\": ");
		string(out, finding.fix());
		out.append(", \"suppressed\": ").append(finding.suppressed());
		out.append(", \"suppressionReason\": ");
		string(out, finding.suppressionReason());
		out.append('}');
	}

	/**
	 * Appends {@code value} as a JSON string ({@code null} for null), escaping per RFC
	 * 8259.
	 */
	static void string(StringBuilder out, @Nullable String value) {
		if (value == null) {
			out.append("null");
			return;
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}

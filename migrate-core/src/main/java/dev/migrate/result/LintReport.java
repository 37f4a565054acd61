package dev.migrate.result;

import java.util.List;

/**
 * The result of linting a list of revisions: every finding, suppressed ones included
 * (they are part of the report so reviewers see what was excused and why).
 *
 * @param revisions the ids of the linted revisions, in plan order
 * @param findings findings in revision order, then statement order
 */
public record LintReport(List<String> revisions, List<LintFinding> findings) {

	public LintReport {
		revisions = List.copyOf(revisions);
		findings = List.copyOf(findings);
	}

	/** Findings that are not suppressed. */
	public List<LintFinding> active() {
		return findings.stream().filter(finding -> !finding.suppressed()).toList();
	}

	/** Findings silenced by a suppression. */
	public List<LintFinding> suppressed() {
		return findings.stream().filter(LintFinding::suppressed).toList();
	}

	/** Number of active findings of {@code severity}. */
	public long count(Severity severity) {
		return active().stream().filter(finding -> finding.severity() == severity).count();
	}

	/**
	 * True when an active finding is an error: {@code migrate lint} exits 3, the startup
	 * check fails.
	 */
	public boolean hasErrors() {
		return findings.stream().anyMatch(LintFinding::isActiveError);
	}

	/** The report for people: grouped by revision, with statement, reason and fix. */
	public String toText() {
		return new LintTextWriter(this).write();
	}

	/**
	 * The report for tools, as a JSON object (shape documented in
	 * {@link LintJsonWriter}).
	 */
	public String toJson() {
		return new LintJsonWriter(this).write();
	}
}

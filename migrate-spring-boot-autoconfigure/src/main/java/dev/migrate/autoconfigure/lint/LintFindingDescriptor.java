package dev.migrate.autoconfigure.lint;

import dev.migrate.result.LintFinding;

/**
 * One lint finding as the endpoint shows it.
 *
 * @param rule the rule id
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param revision the revision id
 * @param file the revision file or Java source file
 * @param line the line, 0 when unknown
 * @param statement the statement on one line, empty for revision-wide findings
 * @param message what is dangerous and why
 * @param fix the safe alternative
 * @param suppressed whether a suppression silenced it
 * @param suppressionReason the suppression's reason, or {@code null}
 */
public record LintFindingDescriptor(String rule, String severity, String revision, String file, int line,
		String statement, String message, String fix, boolean suppressed, String suppressionReason) {

	static LintFindingDescriptor of(LintFinding finding) {
		return new LintFindingDescriptor(finding.ruleId(), finding.severity().label(), finding.revision(),
				finding.location().file(), finding.location().line(), finding.statement(), finding.message(),
				finding.fix(), finding.suppressed(), finding.suppressionReason());
	}
}

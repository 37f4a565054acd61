package dev.migrate.internal.lint;

/**
 * A violation with the id of the rule that reported it, before severities and
 * suppressions apply.
 *
 * @param ruleId the reporting rule
 * @param violation what it reported
 */
record RuleViolation(String ruleId, Violation violation) {
}

package dev.migrate.internal.lint;

import dev.migrate.result.LintReport;

import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.SqlRevisionParser;
import java.util.ArrayList;
import java.util.List;

/** Builds SQL revisions in memory and lints them, for rule tests. */
final class LintFixtures {

	private LintFixtures() {
	}

	/**
	 * A transactional SQL revision with a message whose upgrade section is
	 * {@code upgrade}.
	 */
	static RevisionScript revision(String id, String upgrade) {
		return revision(id, "test revision " + id, true, upgrade);
	}

	static RevisionScript revision(String id, String message, boolean transactional, String upgrade) {
		String content = "-- revision: " + id + "\n" + (message.isEmpty() ? "" : "-- message: " + message + "\n")
				+ (transactional ? "" : "-- transactional: false\n") + "\n-- migrate:upgrade\n" + upgrade + "\n";
		return SqlRevisionParser.parse("memory/" + id + "_test.sql", content);
	}

	/**
	 * Lints one revision with default settings and returns the ids of its unsuppressed
	 * findings.
	 */
	static List<String> rulesFiredBy(String upgrade) {
		return ruleIds(Linter.withDefaults().lint(List.of(revision("aaaa0001", upgrade))));
	}

	/**
	 * Lints one non-transactional revision and returns the ids of its unsuppressed
	 * findings.
	 */
	static List<String> rulesFiredByNonTransactional(String upgrade) {
		return ruleIds(Linter.withDefaults().lint(List.of(revision("aaaa0001", "test", false, upgrade))));
	}

	static List<String> ruleIds(LintReport report) {
		List<String> ids = new ArrayList<>();
		report.active().forEach(finding -> ids.add(finding.ruleId()));
		return ids;
	}

}

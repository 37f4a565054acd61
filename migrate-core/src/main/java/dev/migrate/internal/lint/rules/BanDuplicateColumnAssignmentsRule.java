package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.Update;
import dev.migrate.result.Severity;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code UPDATE t SET a = 1, a = 2} (also in {@code ON CONFLICT DO UPDATE}): PostgreSQL
 * rejects it with "multiple assignments to same column", so the deployment fails at this
 * statement; in a non-transactional revision after the statements before it have run.
 */
public final class BanDuplicateColumnAssignmentsRule implements LintRule {

	@Override
	public String id() {
		return "ban-duplicate-column-assignments";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "An UPDATE (or ON CONFLICT DO UPDATE) assigns the same column twice, which PostgreSQL rejects.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof Update update)) {
			return List.of();
		}
		Set<String> seen = new HashSet<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (String column : update.assignedColumns()) {
			if (!seen.add(column)) {
				repeated.add(column);
			}
		}
		if (repeated.isEmpty()) {
			return List.of();
		}
		return List.of(new Violation(
				"Assigns column" + (repeated.size() > 1 ? "s " : " ") + "\"" + String.join("\", \"", repeated)
						+ "\" of \"" + update.table() + "\" more than once: PostgreSQL "
						+ "rejects the statement (multiple assignments to same column), so the revision fails here.",
				"Assign each column once; combine the expressions (e.g. with CASE) if both were meant.", statement));
	}

}

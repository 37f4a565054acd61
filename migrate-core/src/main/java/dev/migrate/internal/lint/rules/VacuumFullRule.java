package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.Vacuum;
import java.util.List;

/**
 * {@code VACUUM FULL} rewrites the table under an ACCESS EXCLUSIVE lock for its whole
 * duration.
 */
public final class VacuumFullRule implements LintRule {

	@Override
	public String id() {
		return "vacuum-full";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "VACUUM FULL rewrites tables under an exclusive lock.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof Vacuum vacuum) || !vacuum.full()) {
			return List.of();
		}
		return List.of(new Violation(
				"Runs VACUUM FULL: the table is rewritten while an ACCESS EXCLUSIVE lock blocks all reads and writes, "
						+ "for as long as the copy takes.",
				"Leave bloat to autovacuum, or reclaim space online with pg_repack / pg_squeeze outside the migration.",
				statement));
	}

}

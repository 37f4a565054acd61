package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.Truncate;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * {@code TRUNCATE ... CASCADE}: besides the named tables it empties every table with a
 * foreign key to them, and every table referencing those, recursively, which the
 * statement does not name.
 */
public final class BanTruncateCascadeRule implements LintRule {

	@Override
	public String id() {
		return "ban-truncate-cascade";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "TRUNCATE ... CASCADE also empties every table that references the truncated ones.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof Truncate truncate) || !truncate.cascade()) {
			return List.of();
		}
		return List.of(new Violation("Truncates " + String.join(", ", truncate.tables()) + " with CASCADE: every table "
				+ "with a foreign key to them (and the tables referencing those, recursively) is emptied too, without "
				+ "being named, under an ACCESS EXCLUSIVE lock on all of them.",
				"Name every table to empty in the TRUNCATE (without CASCADE, PostgreSQL refuses to break a "
						+ "reference instead of silently emptying more), or delete the rows in batches.",
				statement));
	}

}

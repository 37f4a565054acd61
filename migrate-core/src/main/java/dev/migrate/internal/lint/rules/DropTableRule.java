package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.DropTable;
import java.util.List;

/**
 * Dropping an existing table: the release still running when the migration applies uses
 * it, and the data is gone for good.
 */
public final class DropTableRule implements LintRule {

	@Override
	public String id() {
		return "drop-table";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "An existing table is dropped while old code may still use it.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof DropTable drop)) {
			return List.of();
		}
		return drop.tables()
			.stream()
			.filter(context::isExistingTable)
			.map(table -> new Violation(
					"Drops existing table " + context.describeTable(table) + ": application instances still "
							+ "running the previous release query it and fail, and its data cannot be recovered "
							+ "by a downgrade.",
					"Contract in two releases: first deploy code that no longer uses the table, then drop it in a "
							+ "later revision (consider renaming it aside first) and mark it with "
							+ "-- migrate:lint-ignore drop-table <reason>.",
					statement))
			.toList();
	}

}

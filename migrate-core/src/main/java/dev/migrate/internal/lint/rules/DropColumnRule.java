package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import java.util.List;

/**
 * Dropping a column of an existing table: the release that is still running when the
 * migration applies (rolling deploys, blue/green, a rollback) still selects and inserts
 * it.
 */
public final class DropColumnRule implements LintRule {

	@Override
	public String id() {
		return "drop-column";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A column of an existing table is dropped while old code may still use it.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return AlteredTables.existingTableActions(statement, context, AlterTableAction.Kind.DROP_COLUMN)
			.stream()
			.map(action -> {
				String table = context.describeTable(AlteredTables.table(statement));
				return new Violation(
						"Drops column \"" + action.column() + "\" of existing table " + table
								+ ": application instances still "
								+ "running the previous release select or insert it and fail until they are replaced.",
						"Contract in two releases: first deploy code that no longer reads or writes the column (for JPA, "
								+ "remove the field), then drop it in a later revision and mark it with "
								+ "-- migrate:lint-ignore drop-column <reason>.",
						statement);
			})
			.toList();
	}

}

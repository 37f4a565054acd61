package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import java.util.List;

/**
 * Renaming a column of an existing table: the running release still uses the old name.
 */
public final class RenameColumnRule implements LintRule {

	@Override
	public String id() {
		return "rename-column";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A column of an existing table is renamed, breaking code that uses the old name.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return AlteredTables.existingTableActions(statement, context, AlterTableAction.Kind.RENAME_COLUMN)
			.stream()
			.map(action -> {
				String table = context.describeTable(AlteredTables.table(statement));
				return new Violation(
						"Renames column \"" + action.column() + "\" of existing table " + table + " to \""
								+ action.newName() + "\": every query of the running release that names \""
								+ action.column() + "\" fails from this moment on.",
						"Expand/contract: add the new column, write both (trigger or application), backfill, switch reads "
								+ "to the new column in a release, then drop the old one in a later revision.",
						statement);
			})
			.toList();
	}

}

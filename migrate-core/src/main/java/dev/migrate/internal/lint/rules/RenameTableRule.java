package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import java.util.List;

/**
 * Renaming an existing table: the running release still uses the old name.
 */
public final class RenameTableRule implements LintRule {

	@Override
	public String id() {
		return "rename-table";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "An existing table is renamed, breaking code that uses the old name.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return AlteredTables.existingTableActions(statement, context, AlterTableAction.Kind.RENAME_TABLE)
			.stream()
			.map(action -> {
				String table = context.describeTable(AlteredTables.table(statement));
				return new Violation(
						"Renames existing table " + table + " to \"" + action.newName()
								+ "\": every query of the running "
								+ "release that names the old table fails from this moment on.",
						"Expand/contract: create the new table (or rename it and leave an updatable view with the old "
								+ "name in the same revision), move the code over in a release, then drop the "
								+ "old name in a later revision.",
						statement);
			})
			.toList();
	}

}

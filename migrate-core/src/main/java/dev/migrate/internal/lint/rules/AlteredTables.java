package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.AlterTableAction;
import java.util.List;

/** Shared lookups of {@code ALTER TABLE} actions for the rules. */
final class AlteredTables {

	private AlteredTables() {
	}

	/**
	 * The actions of kind {@code kind} when {@code statement} alters an existing table;
	 * empty when it alters a table this revision created, or is no {@code ALTER TABLE} at
	 * all.
	 */
	static List<AlterTableAction> existingTableActions(LintStatement statement, RevisionLintContext context,
			AlterTableAction.Kind kind) {
		if (!(statement.ddl() instanceof AlterTable alter) || context.isNewTable(alter.table())) {
			return List.of();
		}
		return alter.actions().stream().filter(action -> action.kind() == kind).toList();
	}

	/**
	 * The altered table's name; only call for statements that are {@code ALTER TABLE}.
	 */
	static String table(LintStatement statement) {
		return ((AlterTable) statement.ddl()).table();
	}

}

package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.ColumnDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ADD COLUMN ... NOT NULL} without a default on an existing table: fails outright
 * when the table has rows, and once deployed, every insert from the old application
 * version (which does not know the column) fails.
 */
public final class NotNullColumnWithoutDefaultRule implements LintRule {

	@Override
	public String id() {
		return "not-null-column-without-default";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A NOT NULL column without a default is added to an existing table.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		List<Violation> violations = new ArrayList<>();
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.ADD_COLUMN)) {
			ColumnDefinition column = action.definition();
			// Serial, identity and generated columns fill themselves; volatile-default
			// covers their rewrite.
			// DEFAULT NULL is no default at all: existing rows would still get NULL.
			boolean realDefault = column.hasDefault()
					&& !(column.defaultValue().size() == 1 && column.defaultValue().get(0).is("null"));
			boolean fillsItself = realDefault || column.serial() || column.identity() || column.generatedStored();
			if (column.notNull() && !fillsItself) {
				String table = AlteredTables.table(statement);
				violations.add(new Violation(
						"Adds NOT NULL column \"" + column.name() + "\" without a default to existing table "
								+ context.describeTable(table) + ": this fails if the table has rows, and inserts "
								+ "from application instances still running the old code (which do not set the "
								+ "column) fail once it succeeds.",
						"Add the column as nullable or with a constant DEFAULT (instant since PostgreSQL 11), "
								+ "deploy code that writes it, backfill in batches, then add CHECK (\"" + column.name()
								+ "\" IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT and SET NOT NULL "
								+ "in later revisions.",
						statement));
			}
		}
		return violations;
	}

}

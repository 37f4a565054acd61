package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.result.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ALTER COLUMN ... DROP NOT NULL} on an existing table: instant, but from then on
 * NULLs can be written, and the release still running (and any other reader) was written
 * for a column that never holds one.
 */
public final class BanDropNotNullRule implements LintRule {

	@Override
	public String id() {
		return "ban-drop-not-null";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public String description() {
		return "DROP NOT NULL on a column of an existing table lets NULLs reach code that assumes there are none.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		List<Violation> violations = new ArrayList<>();
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.DROP_NOT_NULL)) {
			violations.add(new Violation("Drops NOT NULL from column \"" + action.column() + "\" of existing table "
					+ context.describeTable(AlteredTables.table(statement)) + ": code of the running release (and "
					+ "reports, exports, other services) that assumes a value fails on the first NULL row.",
					"First release code that copes with NULL in every reader, then drop the constraint and suppress "
							+ "this finding with that reason.",
					statement));
		}
		return violations;
	}

}

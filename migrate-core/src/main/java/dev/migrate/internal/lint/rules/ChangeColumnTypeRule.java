package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.SqlToken;
import java.util.List;

/**
 * Changing a column type on an existing table: most type changes rewrite the table and
 * every index under an ACCESS EXCLUSIVE lock.
 */
public final class ChangeColumnTypeRule implements LintRule {

	@Override
	public String id() {
		return "change-column-type";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "The type of a column of an existing table is changed, which usually rewrites the table.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return AlteredTables.existingTableActions(statement, context, AlterTableAction.Kind.ALTER_COLUMN_TYPE)
			.stream()
			.map(action -> {
				String table = context.describeTable(AlteredTables.table(statement));
				return new Violation(
						"Changes the type of column \"" + action.column() + "\" of existing table " + table + " to "
								+ typeText(action) + ": unless the change is binary coercible (varchar(n) to a "
								+ "longer varchar or text), PostgreSQL rewrites the table and its indexes under an "
								+ "ACCESS EXCLUSIVE lock, and the running release may not cope with the new type.",
						"Add a column of the new type, write both columns from the application (or a trigger), backfill "
								+ "in batches, switch reads, then drop the old column later. If the change is "
								+ "known to be binary coercible, mark it with "
								+ "-- migrate:lint-ignore change-column-type <reason>.",
						statement);
			})
			.toList();
	}

	private static String typeText(AlterTableAction action) {
		return SqlToken.join(action.type());
	}

}

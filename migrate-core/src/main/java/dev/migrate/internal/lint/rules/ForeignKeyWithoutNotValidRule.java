package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Adding a foreign key to an existing table ({@code ADD CONSTRAINT ... FOREIGN KEY}
 * without {@code NOT VALID}, or {@code ADD COLUMN ... REFERENCES}) validates every row
 * while holding a SHARE ROW EXCLUSIVE lock on both tables, blocking writes to both.
 */
public final class ForeignKeyWithoutNotValidRule implements LintRule {

	@Override
	public String id() {
		return "foreign-key-without-not-valid";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A foreign key is added to an existing table without NOT VALID, blocking writes while it is checked.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		List<Violation> violations = new ArrayList<>();
		for (TableConstraint constraint : AddedConstraints.onExistingTable(statement, context,
				TableConstraint.Kind.FOREIGN_KEY)) {
			if (!constraint.notValid()) {
				violations.add(new Violation("Adds " + AddedConstraints.describe(constraint, "foreign key")
						+ " to existing table " + context.describeTable(AlteredTables.table(statement))
						+ " without NOT VALID: every " + "row is checked while writes to both tables are blocked.", FIX,
						statement));
			}
		}
		// A column constraint cannot be NOT VALID: REFERENCES on an added column is
		// always checked at once.
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.ADD_COLUMN)) {
			if (action.definition().references()) {
				violations.add(new Violation(
						"Adds column \"" + action.column() + "\" with REFERENCES to existing table "
								+ context.describeTable(
										AlteredTables.table(statement))
								+ ": the foreign key is checked at "
								+ "once, scanning the table while writes to both tables are blocked.",
						"Add the column without REFERENCES, then ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY "
								+ "(...) REFERENCES ... NOT VALID, and VALIDATE CONSTRAINT in a later revision.",
						statement));
			}
		}
		return violations;
	}

	private static final String FIX = "Add the constraint with NOT VALID (checks new rows only, instant), then run "
			+ "ALTER TABLE ... VALIDATE CONSTRAINT in a later revision, which does not block writes (not in the "
			+ "same transaction: there the ADD's lock on both tables is still held during the scan).";

}

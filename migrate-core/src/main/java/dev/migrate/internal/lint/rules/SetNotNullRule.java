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
 * {@code ALTER COLUMN ... SET NOT NULL} (or a PostgreSQL 18
 * {@code ADD CONSTRAINT ... NOT NULL} without {@code NOT VALID}) on an existing table:
 * scans every row under an ACCESS EXCLUSIVE lock. Not reported when a validated
 * {@code CHECK (c IS NOT NULL)} on the column is known from the linted revisions:
 * PostgreSQL 12+ then proves the constraint without a scan, which is the pattern this
 * rule prescribes.
 */
public final class SetNotNullRule implements LintRule {

	@Override
	public String id() {
		return "set-not-null";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "SET NOT NULL on a column of an existing table scans it under an exclusive lock.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		List<Violation> violations = new ArrayList<>();
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.SET_NOT_NULL)) {
			if (!context.provenNotNull(AlteredTables.table(statement), action.column())) {
				violations.add(violation(statement, context, action.column()));
			}
		}
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.ADD_CONSTRAINT)) {
			TableConstraint constraint = action.constraint();
			if (constraint.kind() == TableConstraint.Kind.NOT_NULL && !constraint.notValid()) {
				violations.add(violation(statement, context, "the column"));
			}
		}
		return violations;
	}

	private static Violation violation(LintStatement statement, RevisionLintContext context, String column) {
		String quoted = column.equals("the column") ? column : "\"" + column + "\"";
		return new Violation(
				"Sets " + quoted + " NOT NULL on existing table "
						+ context.describeTable(AlteredTables.table(statement)) + ": with no validated CHECK (" + quoted
						+ " IS NOT NULL) in the linted revisions, "
						+ "PostgreSQL scans every row to check it while holding an ACCESS EXCLUSIVE lock, "
						+ "blocking reads and writes for the duration.",
				"Add CHECK (" + quoted + " IS NOT NULL) NOT VALID (instant), run VALIDATE CONSTRAINT in a later "
						+ "revision (a separate transaction, so no exclusive lock is held during the scan), then "
						+ "SET NOT NULL, which PostgreSQL 12+ proves from the validated check without a scan, and "
						+ "drop the check. If an already applied revision validated such a check, suppress this "
						+ "finding with that reason.",
				statement);
	}

}

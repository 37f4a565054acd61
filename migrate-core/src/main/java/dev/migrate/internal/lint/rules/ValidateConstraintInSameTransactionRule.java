package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.TableConstraint;
import dev.migrate.result.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ADD CONSTRAINT ... NOT VALID} followed by {@code VALIDATE CONSTRAINT} in the
 * same transaction. The split only helps when the two commit separately: the lock the
 * {@code ADD} took (ACCESS EXCLUSIVE for a check, SHARE ROW EXCLUSIVE on both tables for
 * a foreign key) is held until commit, so the validating scan runs under it, blocking the
 * same traffic as adding the constraint without {@code NOT VALID}.
 */
public final class ValidateConstraintInSameTransactionRule implements LintRule {

	@Override
	public String id() {
		return "validate-constraint-in-same-transaction";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A constraint added NOT VALID is validated in the same transaction, which keeps the ADD's lock through the scan.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!context.transactional()) {
			return List.of();
		}
		List<Violation> violations = new ArrayList<>();
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.VALIDATE_CONSTRAINT)) {
			String table = AlteredTables.table(statement);
			TableConstraint added = addedNotValid(context, table, action.newName());
			if (added != null) {
				boolean foreignKey = added.kind() == TableConstraint.Kind.FOREIGN_KEY;
				violations.add(new Violation(
						"Validates constraint \"" + action.newName() + "\" of existing table "
								+ context.describeTable(table) + " in the transaction of revision "
								+ context.revisionId() + ", which added it NOT VALID: the ADD's "
								+ (foreignKey ? "SHARE ROW EXCLUSIVE lock on both tables (blocking their writes)"
										: "ACCESS EXCLUSIVE lock (blocking reads and writes)")
								+ " is held until commit, so it covers the whole validating scan.",
						"Validate in a separate transaction: move ALTER TABLE ... VALIDATE CONSTRAINT \""
								+ action.newName()
								+ "\" to a later revision, so the ADD commits (and releases its lock) first.",
						statement));
			}
		}
		return violations;
	}

	/**
	 * The constraint {@code name} added NOT VALID to {@code table} earlier in the
	 * revision, or {@code null}.
	 */
	private static TableConstraint addedNotValid(RevisionLintContext context, String table, String name) {
		if (name == null) {
			return null;
		}
		// An autocommit block in between commits the ADD first, as a separate revision
		// would.
		for (LintStatement earlier : context.statementsInThisTransaction()) {
			if (earlier.ddl() instanceof AlterTable alter && alter.table().equals(table)) {
				for (AlterTableAction action : alter.actions()) {
					TableConstraint constraint = action.constraint();
					if (action.kind() == AlterTableAction.Kind.ADD_CONSTRAINT && constraint.notValid()
							&& name.equals(constraint.name())) {
						return constraint;
					}
				}
			}
		}
		return null;
	}

}

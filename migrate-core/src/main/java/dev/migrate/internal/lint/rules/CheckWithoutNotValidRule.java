package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.TableConstraint;
import java.util.List;

/**
 * Adding a check constraint to an existing table scans every row under an ACCESS
 * EXCLUSIVE lock.
 */
public final class CheckWithoutNotValidRule implements LintRule {

	@Override
	public String id() {
		return "check-without-not-valid";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A check constraint is added to an existing table without NOT VALID, locking it during a full scan.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		return AddedConstraints.onExistingTable(statement, context, TableConstraint.Kind.CHECK)
			.stream()
			.filter(constraint -> !constraint.notValid())
			.map(constraint -> new Violation(
					"Adds " + AddedConstraints.describe(constraint, "check") + " to existing table "
							+ context.describeTable(AlteredTables.table(statement)) + " without NOT VALID: every "
							+ "row is checked while an ACCESS EXCLUSIVE lock blocks reads and writes.",
					"Add the constraint with NOT VALID (instant; enforced for new rows), then run ALTER TABLE ... "
							+ "VALIDATE CONSTRAINT in a later revision, which only takes a SHARE UPDATE EXCLUSIVE "
							+ "lock (not in the same transaction: there the ADD's ACCESS EXCLUSIVE lock is still "
							+ "held during the scan).",
					statement))
			.toList();
	}

}

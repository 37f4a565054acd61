package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.TableConstraint;
import java.util.List;

/**
 * Adding a foreign key to an existing table validates every row while holding a SHARE ROW
 * EXCLUSIVE lock on both tables, blocking writes to both.
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
		return AddedConstraints.onExistingTable(statement, context, TableConstraint.Kind.FOREIGN_KEY)
			.stream()
			.filter(constraint -> !constraint.notValid())
			.map(constraint -> new Violation(
					"Adds " + AddedConstraints.describe(constraint, "foreign key") + " to existing table "
							+ context.describeTable(AlteredTables.table(statement)) + " without NOT VALID: every "
							+ "row is checked while writes to both tables are blocked.",
					"Add the constraint with NOT VALID (checks new rows only, instant), then run ALTER TABLE ... "
							+ "VALIDATE CONSTRAINT in a later statement or revision; validation does not block "
							+ "writes.",
					statement))
			.toList();
	}

}

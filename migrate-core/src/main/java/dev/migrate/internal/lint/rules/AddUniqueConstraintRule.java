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
 * {@code ADD CONSTRAINT ... UNIQUE (...)} (or {@code ADD COLUMN ... UNIQUE}) on an
 * existing table builds the unique index under an ACCESS EXCLUSIVE lock.
 */
public final class AddUniqueConstraintRule implements LintRule {

	@Override
	public String id() {
		return "add-unique-constraint";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A unique constraint is added directly to an existing table, building its index under an exclusive lock.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		List<Violation> violations = new ArrayList<>();
		for (TableConstraint constraint : AddedConstraints.onExistingTable(statement, context,
				TableConstraint.Kind.UNIQUE)) {
			if (!constraint.usingIndex()) {
				violations.add(violation(statement, context, AddedConstraints.describe(constraint, "unique")));
			}
		}
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.ADD_COLUMN)) {
			if (action.definition().unique()) {
				violations.add(
						violation(statement, context, "a unique constraint on new column \"" + action.column() + "\""));
			}
		}
		return violations;
	}

	private static Violation violation(LintStatement statement, RevisionLintContext context, String what) {
		return new Violation(
				"Adds " + what + " to existing table " + context.describeTable(AlteredTables.table(statement))
						+ ": the unique index is built while an ACCESS EXCLUSIVE lock blocks reads and writes.",
				"Build the index first in a non-transactional revision (DROP INDEX CONCURRENTLY IF EXISTS "
						+ "index_name, then CREATE UNIQUE INDEX CONCURRENTLY index_name), then in a later revision ALTER "
						+ "TABLE ... ADD CONSTRAINT name UNIQUE USING INDEX index_name, which is instant.",
				statement);
	}

}

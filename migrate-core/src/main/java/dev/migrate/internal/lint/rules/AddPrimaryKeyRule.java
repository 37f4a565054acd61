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
 * Adding a primary key to an existing table builds its index (and checks NOT NULL on its
 * columns) under an ACCESS EXCLUSIVE lock.
 */
public final class AddPrimaryKeyRule implements LintRule {

	@Override
	public String id() {
		return "add-primary-key";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A primary key is added to an existing table, building its index under an exclusive lock.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		List<Violation> violations = new ArrayList<>();
		for (TableConstraint constraint : AddedConstraints.onExistingTable(statement, context,
				TableConstraint.Kind.PRIMARY_KEY)) {
			if (!constraint.usingIndex()) {
				violations.add(violation(statement, context, "a primary key"));
			}
		}
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.ADD_COLUMN)) {
			if (action.definition().primaryKey()) {
				violations.add(violation(statement, context, "primary key column \"" + action.column() + "\""));
			}
		}
		return violations;
	}

	private static Violation violation(LintStatement statement, RevisionLintContext context, String what) {
		return new Violation(
				"Adds " + what + " to existing table " + context.describeTable(AlteredTables.table(statement))
						+ ": the index build and the NOT NULL check of its columns run under an ACCESS EXCLUSIVE lock "
						+ "that blocks reads and writes.",
				"Make the key columns NOT NULL safely (CHECK ... IS NOT NULL NOT VALID, VALIDATE in a later "
						+ "revision, SET NOT NULL), build the index in a non-transactional revision (DROP INDEX "
						+ "CONCURRENTLY IF EXISTS index_name, then CREATE UNIQUE INDEX CONCURRENTLY index_name), then in "
						+ "a later revision ALTER TABLE ... ADD CONSTRAINT name PRIMARY KEY USING INDEX index_name.",
				statement);
	}

}

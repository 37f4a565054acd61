package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.TableConstraint;
import java.util.List;

/** Shared lookup of constraints added to existing tables. */
final class AddedConstraints {

	private AddedConstraints() {
	}

	/** Constraints of {@code kind} that {@code statement} adds to an existing table. */
	static List<TableConstraint> onExistingTable(LintStatement statement, RevisionLintContext context,
			TableConstraint.Kind kind) {
		return AlteredTables.existingTableActions(statement, context, AlterTableAction.Kind.ADD_CONSTRAINT)
			.stream()
			.map(AlterTableAction::constraint)
			.filter(constraint -> constraint.kind() == kind)
			.toList();
	}

	/** {@code constraint "name"} or {@code a constraint} for messages. */
	static String describe(TableConstraint constraint, String kind) {
		return constraint.name() == null ? "a " + kind + " constraint"
				: kind + " constraint \"" + constraint.name() + "\"";
	}

}

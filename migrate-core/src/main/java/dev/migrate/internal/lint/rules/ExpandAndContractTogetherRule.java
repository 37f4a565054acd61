package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.CreateTable;
import dev.migrate.internal.lint.sql.DropTable;
import java.util.List;

/**
 * A revision that both adds (columns, tables) and removes (columns or tables that existed
 * before it): the expand step and the contract step of a change ship at once, so no
 * application release can run against both the old and the new schema.
 */
public final class ExpandAndContractTogetherRule implements LintRule {

	@Override
	public String id() {
		return "expand-and-contract-together";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public String description() {
		return "A revision adds and drops schema objects in one step instead of separate expand and contract revisions.";
	}

	@Override
	public List<Violation> checkRevision(RevisionLintContext context) {
		boolean expands = context.statements().stream().anyMatch(ExpandAndContractTogetherRule::expands);
		if (!expands) {
			return List.of();
		}
		return context.statements()
			.stream()
			.filter(statement -> contracts(statement, context))
			.findFirst()
			.map(statement -> List.of(new Violation(
					"Revision " + context.revisionId() + " adds schema objects and drops existing ones in the "
							+ "same step: the release running before the deploy needs the dropped objects and "
							+ "the release after it needs the added ones, so one of them is broken while the "
							+ "other runs.",
					"Split it: an expand revision (add) shipped with code that works on both schemas, and a "
							+ "contract revision (drop) in a later release once no running code uses the old "
							+ "objects.",
					statement)))
			.orElse(List.of());
	}

	private static boolean expands(LintStatement statement) {
		if (statement.ddl() instanceof CreateTable) {
			return true;
		}
		return statement.ddl() instanceof AlterTable alter
				&& alter.actions().stream().anyMatch(action -> action.kind() == AlterTableAction.Kind.ADD_COLUMN);
	}

	private static boolean contracts(LintStatement statement, RevisionLintContext context) {
		if (statement.ddl() instanceof DropTable drop) {
			return drop.tables().stream().anyMatch(context::isExistingTable);
		}
		return statement.ddl() instanceof AlterTable alter && context.isExistingTable(alter.table())
				&& alter.actions().stream().anyMatch(action -> action.kind() == AlterTableAction.Kind.DROP_COLUMN);
	}

}

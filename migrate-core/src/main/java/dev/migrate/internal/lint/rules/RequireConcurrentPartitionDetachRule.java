package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.result.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ALTER TABLE parent DETACH PARTITION child} without {@code CONCURRENTLY}
 * (PostgreSQL 14+) takes an ACCESS EXCLUSIVE lock on the parent: every query on the
 * partitioned table waits for it, and it waits for every running query.
 */
public final class RequireConcurrentPartitionDetachRule implements LintRule {

	@Override
	public String id() {
		return "require-concurrent-partition-detach";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		List<Violation> violations = new ArrayList<>();
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.DETACH_PARTITION)) {
			if (action.tokens().stream().noneMatch(token -> token.isAny("concurrently", "finalize"))) {
				violations.add(new Violation("Detaches partition "
						+ (action.newName() == null ? "" : "\"" + action.newName() + "\" ") + "from existing table "
						+ context.describeTable(AlteredTables.table(statement))
						+ " without CONCURRENTLY: an ACCESS EXCLUSIVE lock on the partitioned table blocks every query "
						+ "on it.",
						"Use DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+) in a revision marked -- transactional: "
								+ "false; if it is interrupted, complete it with DETACH PARTITION ... FINALIZE.",
						statement));
			}
		}
		return violations;
	}

}

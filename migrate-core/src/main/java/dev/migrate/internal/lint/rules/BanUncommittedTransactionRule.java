package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.TransactionControl;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * A {@code BEGIN} (or {@code START TRANSACTION}) in a non-transactional revision with no
 * {@code COMMIT} or {@code ROLLBACK} after it: the revision's last statements stay in an
 * open transaction, holding their locks, until the runner's connection ends it, and
 * whether they are kept depends on how it ends. (In a transactional revision the runner
 * owns the transaction; {@code BEGIN} and {@code COMMIT} there are a different mistake.)
 */
public final class BanUncommittedTransactionRule implements LintRule {

	@Override
	public String id() {
		return "ban-uncommitted-transaction";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A non-transactional revision opens a transaction with BEGIN and does not end it.";
	}

	@Override
	public List<Violation> checkRevision(RevisionLintContext context) {
		if (context.transactional()) {
			return List.of();
		}
		LintStatement open = null;
		for (LintStatement statement : context.statements()) {
			if (statement.ddl() instanceof TransactionControl control) {
				open = control.kind() == TransactionControl.Kind.BEGIN ? statement : null;
			}
		}
		if (open == null) {
			return List.of();
		}
		return List.of(new Violation("Revision " + context.revisionId() + " opens a transaction with BEGIN and never "
				+ "commits it: the statements after it stay uncommitted, holding their locks, and are lost or kept "
				+ "depending on how the connection is closed.",
				"End the block with COMMIT in the revision, or drop BEGIN and mark the revision transactional (the "
						+ "default) so the runner commits it together with the version row.",
				open));
	}

}

package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.CreateIndex;
import dev.migrate.internal.lint.sql.CreateTable;
import dev.migrate.internal.lint.sql.DropIndex;
import dev.migrate.internal.lint.sql.DropTable;
import dev.migrate.internal.lint.sql.SqlToken;
import dev.migrate.result.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-transactional revision, and an autocommit block of a transactional one, run in
 * autocommit: when it fails half-way, the statements before the failure stay applied
 * while the revision counts as not applied, and the fix is to retry it. Every statement
 * must then succeed a second time: {@code CREATE} with {@code IF NOT EXISTS},
 * {@code DROP} with {@code IF EXISTS}, a named constraint or concurrent index dropped
 * {@code IF EXISTS} first. A failed {@code CREATE INDEX CONCURRENTLY} leaves an invalid
 * index behind, which {@code IF NOT EXISTS} would keep, so a concurrent build needs the
 * drop.
 */
public final class PreferRobustStmtsRule implements LintRule {

	@Override
	public String id() {
		return "prefer-robust-stmts";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public String description() {
		return "A statement of a non-transactional revision fails when the revision is retried after a partial run.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (context.transactional()) {
			return List.of();
		}
		String problem = problem(statement, context);
		if (problem == null) {
			return List.of();
		}
		return List.of(new Violation(
				problem + (context.inAutocommitBlock() ? " in the autocommit block of revision "
						: " in non-transactional revision ") + context.revisionId() + ": if the "
						+ "revision fails after this statement, it stays applied and the retry fails here.",
				"Make the statement re-runnable: CREATE ... IF NOT EXISTS, DROP ... IF EXISTS, ADD COLUMN IF NOT EXISTS; "
						+ "for a constraint, ALTER TABLE ... DROP CONSTRAINT IF EXISTS name before adding it; for "
						+ "CREATE INDEX CONCURRENTLY name, DROP INDEX CONCURRENTLY IF EXISTS name before it (a failed build "
						+ "leaves an invalid index that IF NOT EXISTS would keep).",
				statement));
	}

	/** What makes {@code statement} fail on a second run, or {@code null}. */
	private static String problem(LintStatement statement, RevisionLintContext context) {
		List<SqlToken> tokens = statement.tokens();
		if (statement.ddl() instanceof CreateTable create) {
			return conditional(tokens, 8) ? null : "Creates table \"" + create.table() + "\" without IF NOT EXISTS";
		}
		if (statement.ddl() instanceof CreateIndex index) {
			return indexProblem(index, conditional(tokens, 8), context);
		}
		if (statement.ddl() instanceof DropTable drop) {
			return conditional(tokens, 4) ? null : "Drops table \"" + drop.tables().get(0) + "\" without IF EXISTS";
		}
		if (statement.ddl() instanceof DropIndex drop && !drop.indexes().isEmpty()) {
			return conditional(tokens, 5) ? null : "Drops index \"" + drop.indexes().get(0) + "\" without IF EXISTS";
		}
		if (statement.ddl() instanceof AlterTable alter) {
			List<AlterTableAction> actions = alter.actions();
			for (int i = 0; i < actions.size(); i++) {
				String problem = actionProblem(alter.table(), actions.get(i), actions.subList(0, i), context);
				if (problem != null) {
					return problem;
				}
			}
		}
		return null;
	}

	private static String indexProblem(CreateIndex index, boolean ifNotExists, RevisionLintContext context) {
		if (index.name() == null) {
			return "Creates an unnamed index (a retry creates a second one)";
		}
		boolean droppedFirst = context.statements()
			.stream()
			.anyMatch(earlier -> earlier.ddl() instanceof DropIndex drop && drop.indexes().contains(index.name())
					&& conditional(earlier.tokens(), 5));
		if (droppedFirst || (ifNotExists && !index.concurrently())) {
			return null;
		}
		return index.concurrently() && ifNotExists
				? "Creates index \"" + index.name() + "\" CONCURRENTLY IF NOT EXISTS without dropping it IF EXISTS "
						+ "first (a failed build leaves an invalid index, which IF NOT EXISTS keeps)"
				: "Creates index \"" + index.name() + "\" without IF NOT EXISTS";
	}

	private static String actionProblem(String table, AlterTableAction action, List<AlterTableAction> before,
			RevisionLintContext context) {
		boolean conditional = conditional(action.tokens(), 5);
		return switch (action.kind()) {
			case ADD_COLUMN -> conditional ? null : "Adds column \"" + action.column() + "\" without IF NOT EXISTS";
			case DROP_COLUMN -> conditional ? null : "Drops column \"" + action.column() + "\" without IF EXISTS";
			case DROP_CONSTRAINT ->
				conditional ? null : "Drops constraint \"" + action.newName() + "\" without IF EXISTS";
			case ADD_CONSTRAINT -> constraintDroppedFirst(table, action.constraint().name(), before, context) ? null
					: "Adds "
							+ (action.constraint().name() == null ? "an unnamed constraint"
									: "constraint \"" + action.constraint().name() + "\"")
							+ " without dropping it IF EXISTS first";
			default -> null;
		};
	}

	private static boolean constraintDroppedFirst(String table, String name, List<AlterTableAction> before,
			RevisionLintContext context) {
		if (name == null) {
			return false;
		}
		List<AlterTableAction> earlier = new ArrayList<>(before);
		for (LintStatement statement : context.statements()) {
			if (statement.ddl() instanceof AlterTable alter && alter.table().equals(table)) {
				earlier.addAll(alter.actions());
			}
		}
		return earlier.stream()
			.anyMatch(action -> action.kind() == AlterTableAction.Kind.DROP_CONSTRAINT && name.equals(action.newName())
					&& conditional(action.tokens(), 5));
	}

	/**
	 * True when {@code IF EXISTS} or {@code IF NOT EXISTS} is among the first
	 * {@code limit} tokens.
	 */
	private static boolean conditional(List<SqlToken> tokens, int limit) {
		for (int i = 0; i + 1 < Math.min(limit, tokens.size()); i++) {
			if (tokens.get(i).is("if") && tokens.get(i + 1).isAny("exists", "not")) {
				return true;
			}
		}
		return false;
	}

}

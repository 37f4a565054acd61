package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.ColumnDefinition;
import dev.migrate.internal.lint.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A column added to an existing table whose value differs per row: a volatile default
 * ({@code gen_random_uuid()}, {@code clock_timestamp()}, {@code nextval()}...), a serial
 * or identity column, or a stored generated column. PostgreSQL 11+ adds columns with a
 * constant (or stable, like {@code now()}) default instantly, but these force a full
 * table rewrite under an ACCESS EXCLUSIVE lock.
 */
public final class VolatileDefaultRule implements LintRule {

	/** Built-in and common extension functions marked VOLATILE. */
	private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "random_normal", "gen_random_uuid", "uuidv4",
			"uuidv7", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp", "timeofday",
			"nextval", "setseed", "txid_current", "pg_current_xact_id");

	@Override
	public String id() {
		return "volatile-default";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A column with a volatile default (or serial, identity, stored generated) is added to an "
				+ "existing table, rewriting it.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		List<Violation> violations = new ArrayList<>();
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.ADD_COLUMN)) {
			String cause = rewriteCause(action.definition());
			if (cause != null) {
				String column = action.definition().name();
				violations.add(new Violation(
						"Adds column \"" + column + "\" " + cause + " to existing table "
								+ context.describeTable(AlteredTables.table(statement)) + ": PostgreSQL rewrites "
								+ "the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes.",
						"Add the column without a default (or with a constant one), then SET DEFAULT in a "
								+ "separate statement (applies to new rows only) and backfill existing rows in "
								+ "batches.",
						statement));
			}
		}
		return violations;
	}

	private static String rewriteCause(ColumnDefinition column) {
		if (column.serial()) {
			return "of serial type " + column.typeName();
		}
		if (column.identity()) {
			return "as an identity column";
		}
		if (column.generatedStored()) {
			return "as a stored generated column";
		}
		if (column.hasDefault()) {
			List<SqlToken> expression = column.defaultValue();
			for (int i = 0; i + 1 < expression.size(); i++) {
				SqlToken token = expression.get(i);
				if (token.isIdentifier() && VOLATILE_FUNCTIONS.contains(token.identifier())
						&& expression.get(i + 1).isSymbol("(")) {
					return "with volatile default " + token.identifier() + "()";
				}
			}
		}
		return null;
	}

}

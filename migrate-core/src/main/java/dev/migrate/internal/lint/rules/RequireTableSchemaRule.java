package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.CreateIndex;
import dev.migrate.internal.lint.sql.CreateTable;
import dev.migrate.internal.lint.sql.DropTable;
import dev.migrate.internal.lint.sql.SqlToken;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * Opt-in: a table named without a schema ({@code users} rather than {@code app.users}) in
 * {@code CREATE TABLE}, {@code ALTER TABLE}, {@code DROP TABLE} or
 * {@code CREATE INDEX ... ON} resolves through {@code search_path}, which may differ
 * between the migration's connection and the application's. Off by default, because most
 * applications use one schema and {@code migrate.schema} already sets it for the run.
 */
public final class RequireTableSchemaRule implements LintRule {

	@Override
	public String id() {
		return "require-table-schema";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.OFF;
	}

	@Override
	public String description() {
		return "A table is named without its schema (opt-in: enable it where search_path differs between environments).";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		String table = table(statement);
		if (table == null || qualified(statement, table)) {
			return List.of();
		}
		return List.of(new Violation(
				"Names table \"" + table + "\" without a schema: it resolves through search_path, "
						+ "which may point elsewhere for another connection or environment.",
				"Qualify the name: schema.\"" + table + "\".", statement));
	}

	private static String table(LintStatement statement) {
		if (statement.ddl() instanceof CreateTable create) {
			return create.table();
		}
		if (statement.ddl() instanceof AlterTable alter) {
			return alter.table();
		}
		if (statement.ddl() instanceof CreateIndex index) {
			return index.table();
		}
		if (statement.ddl() instanceof DropTable drop && !drop.tables().isEmpty()) {
			return drop.tables().get(0);
		}
		return null;
	}

	/**
	 * True when the first mention of {@code table} in the statement follows a schema and
	 * a dot.
	 */
	private static boolean qualified(LintStatement statement, String table) {
		List<SqlToken> tokens = statement.tokens();
		for (int i = 0; i < tokens.size(); i++) {
			SqlToken token = tokens.get(i);
			if (token.isIdentifier() && token.identifier().equals(table)) {
				return i >= 2 && tokens.get(i - 1).isSymbol(".") && tokens.get(i - 2).isIdentifier();
			}
		}
		return false;
	}

}

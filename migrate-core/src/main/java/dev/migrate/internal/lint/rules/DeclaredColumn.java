package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.ColumnDefinition;
import dev.migrate.internal.lint.sql.CreateTable;
import dev.migrate.internal.lint.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;

/**
 * A column type written by a statement: in {@code CREATE TABLE}, {@code ADD COLUMN} or
 * {@code ALTER COLUMN ... TYPE}. The data-type advice rules look at these.
 *
 * @param table the table
 * @param column the column
 * @param type the type's tokens
 */
record DeclaredColumn(String table, String column, List<SqlToken> type) {

	/** Every column type {@code statement} declares, in order. */
	static List<DeclaredColumn> in(LintStatement statement) {
		List<DeclaredColumn> columns = new ArrayList<>();
		if (statement.ddl() instanceof CreateTable create) {
			for (ColumnDefinition column : create.columns()) {
				columns.add(new DeclaredColumn(create.table(), column.name(), column.type()));
			}
		}
		else if (statement.ddl() instanceof AlterTable alter) {
			for (AlterTableAction action : alter.actions()) {
				if (action.kind() == AlterTableAction.Kind.ADD_COLUMN) {
					columns.add(new DeclaredColumn(alter.table(), action.column(), action.definition().type()));
				}
				else if (action.kind() == AlterTableAction.Kind.ALTER_COLUMN_TYPE) {
					columns.add(new DeclaredColumn(alter.table(), action.column(), action.type()));
				}
			}
		}
		return columns;
	}

	/**
	 * The first word of the type as PostgreSQL resolves it: lower case unless quoted
	 * ({@code "bpchar"} is {@code bpchar}, {@code "Serial"} is no type name PostgreSQL
	 * knows); empty when missing.
	 */
	String typeName() {
		return type.isEmpty() || !type.get(0).isIdentifier() ? "" : type.get(0).identifier();
	}

	/** Whether the type's first word is a quoted identifier. */
	boolean quotedType() {
		return !type.isEmpty() && type.get(0).type() == SqlToken.Type.QUOTED_IDENTIFIER;
	}

	/**
	 * The type's first number argument, e.g. 20 for {@code varchar(20)}; -1 when there is
	 * none.
	 */
	int length() {
		for (int i = 1; i + 1 < type.size(); i++) {
			if (type.get(i).isSymbol("(") && type.get(i + 1).text().matches("[0-9]{1,9}")) {
				return Integer.parseInt(type.get(i + 1).text());
			}
		}
		return -1;
	}

	/** True when the type tokens contain the key words {@code words} in sequence. */
	boolean typeContains(String... words) {
		for (int start = 0; start + words.length <= type.size(); start++) {
			boolean match = true;
			for (int i = 0; i < words.length && match; i++) {
				match = type.get(start + i).is(words[i]);
			}
			if (match) {
				return true;
			}
		}
		return false;
	}

	/** {@code "users"."email"} for messages. */
	String describe() {
		return "\"" + table + "\".\"" + column + "\"";
	}
}

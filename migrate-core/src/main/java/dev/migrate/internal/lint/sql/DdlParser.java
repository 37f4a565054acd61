package dev.migrate.internal.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognizes the PostgreSQL DDL shapes that matter for zero-downtime safety in a single
 * statement's tokens. It is deliberately forgiving: whatever it does not understand
 * becomes an {@link OtherStatement} or an {@link AlterTableAction.Kind#OTHER} action
 * instead of an error, because PostgreSQL itself is the judge of syntax; the linter only
 * has to spot hazards.
 */
public final class DdlParser {

	/** Key words that end a column's type and start its constraints. */
	private static final String[] COLUMN_CONSTRAINT_WORDS = { "constraint", "not", "null", "default", "primary",
			"unique", "check", "references", "generated", "collate", "deferrable", "initially", "compression",
			"storage" };

	private DdlParser() {
	}

	/** Recognizes one statement. */
	public static DdlStatement parse(List<SqlToken> tokens) {
		TokenCursor cursor = new TokenCursor(tokens);
		if (cursor.atEnd()) {
			return new OtherStatement("");
		}
		if (cursor.accept("create")) {
			return create(cursor);
		}
		if (cursor.accept("alter", "table")) {
			return alterTable(cursor);
		}
		if (cursor.accept("drop", "table")) {
			cursor.accept("if", "exists");
			return new DropTable(names(cursor));
		}
		if (cursor.accept("drop", "database")) {
			cursor.accept("if", "exists");
			return new DropDatabase(cursor.identifier());
		}
		if (cursor.accept("truncate")) {
			return truncate(cursor);
		}
		if (cursor.accept("reindex")) {
			return reindex(cursor);
		}
		if (cursor.accept("alter", "domain")) {
			return alterDomain(cursor);
		}
		if (cursor.accept("alter", "type")) {
			return alterType(cursor);
		}
		if (cursor.lookingAt("update")) {
			return update(cursor);
		}
		if (cursor.lookingAt("insert")) {
			return insert(tokens);
		}
		TransactionControl.Kind transactionControl = transactionControl(cursor);
		if (transactionControl != null) {
			return new TransactionControl(transactionControl);
		}
		if (cursor.accept("drop", "index")) {
			boolean concurrently = cursor.accept("concurrently");
			cursor.accept("if", "exists");
			return new DropIndex(names(cursor), concurrently);
		}
		if (cursor.accept("vacuum")) {
			return vacuum(cursor);
		}
		if (cursor.accept("cluster")) {
			cursor.accept("verbose");
			return new Cluster(cursor.qualifiedName());
		}
		if (cursor.lookingAt("set")) {
			return set(cursor);
		}
		if (cursor.lookingAt("select") && setsViaSetConfig(tokens, "lock_timeout")) {
			return new SetLockTimeout(setConfigValueEnabled(tokens, "lock_timeout"));
		}
		if (cursor.lookingAt("select") && setsViaSetConfig(tokens, "statement_timeout")) {
			return new SetStatementTimeout(setConfigValueEnabled(tokens, "statement_timeout"));
		}
		return new OtherStatement(tokens.get(0).text().toUpperCase(Locale.ROOT));
	}

	private static DdlStatement create(TokenCursor cursor) {
		cursor.accept("or", "replace");
		boolean unique = cursor.accept("unique");
		if (cursor.accept("index")) {
			return createIndex(cursor, unique);
		}
		while (cursor.peek() != null && cursor.peek().isAny("global", "local", "temporary", "temp", "unlogged")) {
			cursor.next();
		}
		if (cursor.accept("domain")) {
			return createDomain(cursor);
		}
		if (cursor.accept("table")) {
			cursor.accept("if", "not", "exists");
			String table = cursor.qualifiedName();
			List<ColumnDefinition> columns = new ArrayList<>();
			List<TableConstraint> constraints = new ArrayList<>();
			if (table != null && cursor.peek() != null && cursor.peek().isSymbol("(")) {
				for (List<SqlToken> element : TokenCursor.splitTopLevel(cursor.parenthesised())) {
					tableElement(element, columns, constraints);
				}
			}
			return table == null ? new OtherStatement("CREATE") : new CreateTable(table, columns, constraints);
		}
		return new OtherStatement("CREATE");
	}

	private static void tableElement(List<SqlToken> element, List<ColumnDefinition> columns,
			List<TableConstraint> constraints) {
		if (element.isEmpty()) {
			return;
		}
		SqlToken first = element.get(0);
		if (first.isAny("constraint", "primary", "unique", "check", "foreign", "exclude")) {
			constraints.add(tableConstraint(new TokenCursor(element)));
		}
		else if (!first.isAny("like")) {
			ColumnDefinition column = columnDefinition(new TokenCursor(element));
			if (column != null) {
				columns.add(column);
			}
		}
	}

	private static DdlStatement createIndex(TokenCursor cursor, boolean unique) {
		boolean concurrently = cursor.accept("concurrently");
		cursor.accept("if", "not", "exists");
		String name = cursor.lookingAt("on") ? null : cursor.qualifiedName();
		if (!cursor.accept("on")) {
			return new OtherStatement("CREATE");
		}
		cursor.accept("only");
		String table = cursor.qualifiedName();
		return table == null ? new OtherStatement("CREATE") : new CreateIndex(name, table, unique, concurrently);
	}

	private static DdlStatement alterTable(TokenCursor cursor) {
		cursor.accept("if", "exists");
		cursor.accept("only");
		String table = cursor.qualifiedName();
		if (table == null) {
			return new OtherStatement("ALTER");
		}
		cursor.acceptSymbol("*");
		List<AlterTableAction> actions = new ArrayList<>();
		for (List<SqlToken> action : TokenCursor.splitTopLevel(cursor.rest())) {
			actions.add(alterTableAction(action));
		}
		return new AlterTable(table, actions);
	}

	private static AlterTableAction alterTableAction(List<SqlToken> tokens) {
		TokenCursor cursor = new TokenCursor(tokens);
		if (cursor.accept("add")) {
			SqlToken next = cursor.peek();
			if (next != null && next.isAny("constraint", "primary", "unique", "check", "foreign", "exclude")) {
				return action(AlterTableAction.Kind.ADD_CONSTRAINT, null, null, null, tableConstraint(cursor), tokens);
			}
			cursor.accept("column");
			cursor.accept("if", "not", "exists");
			ColumnDefinition column = columnDefinition(cursor);
			return column == null ? other(tokens)
					: action(AlterTableAction.Kind.ADD_COLUMN, column.name(), null, column, null, tokens);
		}
		if (cursor.accept("drop")) {
			if (cursor.accept("constraint")) {
				cursor.accept("if", "exists");
				return action(AlterTableAction.Kind.DROP_CONSTRAINT, null, cursor.identifier(), null, null, tokens);
			}
			cursor.accept("column");
			cursor.accept("if", "exists");
			String column = cursor.identifier();
			return column == null ? other(tokens)
					: action(AlterTableAction.Kind.DROP_COLUMN, column, null, null, null, tokens);
		}
		if (cursor.accept("alter")) {
			return alterColumn(cursor, tokens);
		}
		if (cursor.accept("rename")) {
			return rename(cursor, tokens);
		}
		if (cursor.accept("validate", "constraint")) {
			return action(AlterTableAction.Kind.VALIDATE_CONSTRAINT, null, cursor.identifier(), null, null, tokens);
		}
		if (cursor.accept("detach", "partition")) {
			return action(AlterTableAction.Kind.DETACH_PARTITION, null, cursor.qualifiedName(), null, null, tokens);
		}
		return other(tokens);
	}

	private static AlterTableAction alterColumn(TokenCursor cursor, List<SqlToken> tokens) {
		cursor.accept("column");
		String column = cursor.identifier();
		if (column == null) {
			return other(tokens);
		}
		if (cursor.accept("set", "data", "type") || cursor.accept("type")) {
			List<SqlToken> type = new ArrayList<>();
			while (!cursor.atEnd() && !cursor.peek().isAny("using", "collate")) {
				type.addAll(cursor.skipItem());
			}
			return new AlterTableAction(AlterTableAction.Kind.ALTER_COLUMN_TYPE, column, null, null, null, type,
					tokens);
		}
		AlterTableAction.Kind kind;
		if (cursor.accept("set", "not", "null")) {
			kind = AlterTableAction.Kind.SET_NOT_NULL;
		}
		else if (cursor.accept("drop", "not", "null")) {
			kind = AlterTableAction.Kind.DROP_NOT_NULL;
		}
		else if (cursor.accept("set", "default")) {
			kind = AlterTableAction.Kind.SET_DEFAULT;
		}
		else if (cursor.accept("drop", "default")) {
			kind = AlterTableAction.Kind.DROP_DEFAULT;
		}
		else {
			kind = AlterTableAction.Kind.OTHER;
		}
		return action(kind, column, null, null, null, tokens);
	}

	private static AlterTableAction rename(TokenCursor cursor, List<SqlToken> tokens) {
		if (cursor.accept("to")) {
			return action(AlterTableAction.Kind.RENAME_TABLE, null, cursor.identifier(), null, null, tokens);
		}
		if (cursor.accept("constraint")) {
			String from = cursor.identifier();
			cursor.accept("to");
			return action(AlterTableAction.Kind.RENAME_CONSTRAINT, from, cursor.identifier(), null, null, tokens);
		}
		cursor.accept("column");
		String from = cursor.identifier();
		if (from == null || !cursor.accept("to")) {
			return other(tokens);
		}
		return action(AlterTableAction.Kind.RENAME_COLUMN, from, cursor.identifier(), null, null, tokens);
	}

	/**
	 * Reads {@code name type [constraints...]}; returns {@code null} when no name comes
	 * first.
	 */
	private static ColumnDefinition columnDefinition(TokenCursor cursor) {
		String name = cursor.identifier();
		if (name == null) {
			return null;
		}
		List<SqlToken> type = new ArrayList<>();
		while (!cursor.atEnd() && !cursor.peek().isAny(COLUMN_CONSTRAINT_WORDS)) {
			type.addAll(cursor.skipItem());
		}
		boolean notNull = false;
		List<SqlToken> defaultValue = null;
		boolean primaryKey = false;
		boolean unique = false;
		boolean references = false;
		boolean check = false;
		boolean identity = false;
		boolean generatedStored = false;
		while (!cursor.atEnd()) {
			if (cursor.accept("not", "null")) {
				notNull = true;
			}
			else if (cursor.accept("primary", "key")) {
				primaryKey = true;
				notNull = true;
			}
			else if (cursor.accept("unique")) {
				unique = true;
			}
			else if (cursor.accept("references")) {
				references = true;
			}
			else if (cursor.accept("check")) {
				check = true;
			}
			else if (cursor.accept("default")) {
				defaultValue = new ArrayList<>();
				// The expression has at least one item, which may itself be a key word:
				// DEFAULT NULL.
				if (!cursor.atEnd()) {
					defaultValue.addAll(cursor.skipItem());
				}
				while (!cursor.atEnd() && !cursor.peek().isAny(COLUMN_CONSTRAINT_WORDS)) {
					defaultValue.addAll(cursor.skipItem());
				}
			}
			else if (cursor.accept("generated")) {
				List<SqlToken> clause = new ArrayList<>();
				while (!cursor.atEnd() && !cursor.peek()
					.isAny("constraint", "not", "null", "primary", "unique", "check", "references", "default")) {
					clause.addAll(cursor.skipItem());
				}
				identity = clause.stream().anyMatch(token -> token.is("identity"));
				generatedStored = !identity;
			}
			else {
				cursor.skipItem();
			}
		}
		return new ColumnDefinition(name, type, notNull, defaultValue, primaryKey, unique, references, check, identity,
				generatedStored);
	}

	private static TableConstraint tableConstraint(TokenCursor cursor) {
		String name = null;
		if (cursor.accept("constraint")) {
			name = cursor.identifier();
		}
		TableConstraint.Kind kind;
		List<String> notNullColumns = List.of();
		if (cursor.accept("primary", "key")) {
			kind = TableConstraint.Kind.PRIMARY_KEY;
		}
		else if (cursor.accept("unique")) {
			kind = TableConstraint.Kind.UNIQUE;
			cursor.accept("nulls", "not", "distinct");
			cursor.accept("nulls", "distinct");
		}
		else if (cursor.accept("check")) {
			kind = TableConstraint.Kind.CHECK;
			if (cursor.peek() != null && cursor.peek().isSymbol("(")) {
				notNullColumns = notNullColumns(cursor.parenthesised());
			}
		}
		else if (cursor.accept("foreign", "key")) {
			kind = TableConstraint.Kind.FOREIGN_KEY;
		}
		else if (cursor.accept("exclude")) {
			kind = TableConstraint.Kind.EXCLUDE;
		}
		else if (cursor.accept("not", "null")) {
			kind = TableConstraint.Kind.NOT_NULL;
		}
		else {
			kind = TableConstraint.Kind.OTHER;
		}
		// "UNIQUE USING INDEX idx" adopts an index; "UNIQUE (a) USING INDEX TABLESPACE
		// ts" does not.
		boolean usingIndex = cursor.lookingAt("using", "index") && cursor.peek(2) != null
				&& !cursor.peek(2).is("tablespace");
		List<SqlToken> rest = cursor.rest();
		boolean notValid = false;
		for (int i = 0; i + 1 < rest.size(); i++) {
			if (rest.get(i).is("not") && rest.get(i + 1).is("valid")) {
				notValid = true;
			}
		}
		return new TableConstraint(kind, name, notValid, usingIndex, notNullColumns);
	}

	/**
	 * The columns of a check expression that is {@code c IS NOT NULL}, or several such
	 * terms joined by {@code AND} (in any number of parentheses); empty for any other
	 * expression.
	 */
	private static List<String> notNullColumns(List<SqlToken> expression) {
		List<String> columns = new ArrayList<>();
		List<SqlToken> term = new ArrayList<>();
		int depth = 0;
		for (SqlToken token : unparenthesised(expression)) {
			depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
			if (depth == 0 && token.is("and")) {
				if (!addNotNullColumn(term, columns)) {
					return List.of();
				}
				term = new ArrayList<>();
			}
			else {
				term.add(token);
			}
		}
		return addNotNullColumn(term, columns) ? columns : List.of();
	}

	private static boolean addNotNullColumn(List<SqlToken> term, List<String> columns) {
		List<SqlToken> inner = unparenthesised(term);
		if (inner.size() == 4 && inner.get(0).isIdentifier() && inner.get(1).is("is") && inner.get(2).is("not")
				&& inner.get(3).is("null")) {
			columns.add(inner.get(0).identifier());
			return true;
		}
		return false;
	}

	/** {@code tokens} without parentheses that enclose all of them. */
	private static List<SqlToken> unparenthesised(List<SqlToken> tokens) {
		List<SqlToken> inner = tokens;
		while (inner.size() > 2 && inner.get(0).isSymbol("(")
				&& new TokenCursor(inner).skipItem().size() == inner.size()) {
			inner = inner.subList(1, inner.size() - 1);
		}
		return inner;
	}

	private static DdlStatement truncate(TokenCursor cursor) {
		cursor.accept("table");
		List<String> tables = new ArrayList<>();
		boolean cascade = false;
		for (List<SqlToken> part : TokenCursor.splitTopLevel(cursor.rest())) {
			TokenCursor element = new TokenCursor(part);
			element.accept("only");
			String table = element.qualifiedName();
			if (table != null && !(part.size() == 1 && part.get(0).isAny("cascade", "restrict"))) {
				tables.add(table);
			}
			cascade |= part.stream().anyMatch(token -> token.is("cascade"));
		}
		return new Truncate(tables, cascade);
	}

	private static DdlStatement reindex(TokenCursor cursor) {
		boolean concurrently = false;
		if (cursor.peek() != null && cursor.peek().isSymbol("(")) {
			// PostgreSQL 14+ also accepts CONCURRENTLY as an option: REINDEX
			// (CONCURRENTLY) ...
			for (List<SqlToken> option : TokenCursor.splitTopLevel(cursor.parenthesised())) {
				boolean off = option.size() > 1 && option.get(1).isAny("false", "off", "0");
				concurrently |= !option.isEmpty() && option.get(0).is("concurrently") && !off;
			}
		}
		String target = "";
		SqlToken next = cursor.peek();
		if (next != null && next.isAny("index", "table", "schema", "database", "system")) {
			target = cursor.next().identifier();
		}
		concurrently |= cursor.accept("concurrently");
		return new Reindex(target, cursor.qualifiedName(), concurrently);
	}

	private static DdlStatement createDomain(TokenCursor cursor) {
		String name = cursor.qualifiedName();
		boolean constrained = cursor.rest()
			.stream()
			.anyMatch(token -> token.isAny("check", "constraint") || token.is("not"));
		return name == null ? new OtherStatement("CREATE") : new CreateDomain(name, constrained);
	}

	private static DdlStatement alterDomain(TokenCursor cursor) {
		String name = cursor.qualifiedName();
		if (name == null) {
			return new OtherStatement("ALTER");
		}
		boolean adds = cursor.lookingAt("add") || cursor.lookingAt("set", "not", "null");
		List<SqlToken> rest = cursor.rest();
		boolean notValid = false;
		for (int i = 0; i + 1 < rest.size(); i++) {
			notValid |= rest.get(i).is("not") && rest.get(i + 1).is("valid");
		}
		return new AlterDomain(name, adds, notValid);
	}

	private static DdlStatement alterType(TokenCursor cursor) {
		String name = cursor.qualifiedName();
		if (name == null || !cursor.accept("add", "value")) {
			return new OtherStatement("ALTER");
		}
		boolean positioned = cursor.rest().stream().anyMatch(token -> token.isAny("before", "after"));
		return new AddEnumValue(name, positioned);
	}

	private static DdlStatement update(TokenCursor cursor) {
		cursor.accept("update");
		cursor.accept("only");
		String table = cursor.qualifiedName();
		while (!cursor.atEnd() && !cursor.lookingAt("set")) {
			cursor.skipItem();
		}
		if (table == null || !cursor.accept("set")) {
			return new OtherStatement("UPDATE");
		}
		return new Update(table, assignedColumns(cursor));
	}

	/**
	 * {@code INSERT ... ON CONFLICT ... DO UPDATE SET ...}; other inserts are "other".
	 */
	private static DdlStatement insert(List<SqlToken> tokens) {
		TokenCursor cursor = new TokenCursor(tokens);
		cursor.accept("insert", "into");
		String table = cursor.qualifiedName();
		while (!cursor.atEnd() && !cursor.lookingAt("do", "update", "set")) {
			cursor.skipItem();
		}
		if (table == null || !cursor.accept("do", "update", "set")) {
			return new OtherStatement("INSERT");
		}
		return new Update(table, assignedColumns(cursor));
	}

	/**
	 * The target columns of a {@code SET} list, up to {@code FROM}, {@code WHERE} or
	 * {@code RETURNING}. Assignments to a subscript or field ({@code a[1] = ...}) are
	 * left out: several of those may name the same column.
	 */
	private static List<String> assignedColumns(TokenCursor cursor) {
		List<SqlToken> list = new ArrayList<>();
		while (!cursor.atEnd() && !cursor.peek().isAny("from", "where", "returning")) {
			list.addAll(cursor.skipItem());
		}
		List<String> columns = new ArrayList<>();
		for (List<SqlToken> assignment : TokenCursor.splitTopLevel(list)) {
			if (assignment.size() > 1 && assignment.get(0).isSymbol("(")) {
				for (List<SqlToken> column : TokenCursor.splitTopLevel(new TokenCursor(assignment).parenthesised())) {
					if (column.size() == 1 && column.get(0).isIdentifier()) {
						columns.add(column.get(0).identifier());
					}
				}
			}
			else if (assignment.size() > 1 && assignment.get(0).isIdentifier() && assignment.get(1).isSymbol("=")) {
				columns.add(assignment.get(0).identifier());
			}
		}
		return columns;
	}

	/** The transaction control statement at the cursor, or {@code null}. */
	private static TransactionControl.Kind transactionControl(TokenCursor cursor) {
		if (cursor.lookingAt("begin") || cursor.lookingAt("start", "transaction")) {
			return TransactionControl.Kind.BEGIN;
		}
		if ((cursor.lookingAt("commit") || cursor.lookingAt("end")) && !cursor.lookingAt("commit", "prepared")) {
			return TransactionControl.Kind.COMMIT;
		}
		if ((cursor.lookingAt("rollback") || cursor.lookingAt("abort")) && !cursor.lookingAt("rollback", "to")
				&& !cursor.lookingAt("rollback", "prepared")) {
			return TransactionControl.Kind.ROLLBACK;
		}
		return null;
	}

	private static DdlStatement vacuum(TokenCursor cursor) {
		if (cursor.peek() != null && cursor.peek().isSymbol("(")) {
			List<SqlToken> options = cursor.parenthesised();
			for (List<SqlToken> option : TokenCursor.splitTopLevel(options)) {
				boolean off = option.size() > 1 && option.get(1).isAny("false", "off", "0");
				if (!option.isEmpty() && option.get(0).is("full") && !off) {
					return new Vacuum(true);
				}
			}
			return new Vacuum(false);
		}
		return new Vacuum(cursor.accept("full"));
	}

	private static DdlStatement set(TokenCursor cursor) {
		cursor.accept("set");
		if (!cursor.accept("local")) {
			cursor.accept("session");
		}
		boolean lockTimeout = cursor.accept("lock_timeout");
		if (!lockTimeout && !cursor.accept("statement_timeout")) {
			return new OtherStatement("SET");
		}
		if (!cursor.accept("to")) {
			cursor.acceptSymbol("=");
		}
		boolean enabled = !isZero(cursor.peek());
		return lockTimeout ? new SetLockTimeout(enabled) : new SetStatementTimeout(enabled);
	}

	private static boolean setsViaSetConfig(List<SqlToken> tokens, String setting) {
		for (int i = 0; i + 2 < tokens.size(); i++) {
			if (tokens.get(i).is("set_config") && tokens.get(i + 1).isSymbol("(")
					&& tokens.get(i + 2).text().equalsIgnoreCase("'" + setting + "'")) {
				return true;
			}
		}
		return false;
	}

	private static boolean setConfigValueEnabled(List<SqlToken> tokens, String setting) {
		for (int i = 0; i + 4 < tokens.size(); i++) {
			if (tokens.get(i).text().equalsIgnoreCase("'" + setting + "'") && tokens.get(i + 1).isSymbol(",")) {
				return !isZero(tokens.get(i + 2));
			}
		}
		return true;
	}

	/**
	 * True for {@code 0}, {@code '0'}, {@code '0s'}, {@code '0ms'} and {@code DEFAULT}
	 * (whose default is 0).
	 */
	private static boolean isZero(SqlToken value) {
		if (value == null) {
			return true;
		}
		String text = value.text().replace("'", "").trim().toLowerCase(Locale.ROOT);
		return value.isAny("default") || text.matches("0+(\\.0*)?\\s*(us|ms|s|min|h|d)?");
	}

	private static List<String> names(TokenCursor cursor) {
		List<String> names = new ArrayList<>();
		for (List<SqlToken> part : TokenCursor.splitTopLevel(cursor.rest())) {
			String name = new TokenCursor(part).qualifiedName();
			if (name != null && !(part.size() == 1 && part.get(0).isAny("cascade", "restrict"))) {
				names.add(name);
			}
		}
		return names;
	}

	private static AlterTableAction action(AlterTableAction.Kind kind, String column, String newName,
			ColumnDefinition definition, TableConstraint constraint, List<SqlToken> tokens) {
		return new AlterTableAction(kind, column, newName, definition, constraint, List.of(), tokens);
	}

	private static AlterTableAction other(List<SqlToken> tokens) {
		return action(AlterTableAction.Kind.OTHER, null, null, null, null, tokens);
	}

}

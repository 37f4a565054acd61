package dev.migrate.internal.dialect;

import dev.migrate.internal.sql.PlaceholderInliner;
import dev.migrate.internal.sql.PostgresLexer;
import dev.migrate.MigrateException;
import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.AlterColumnDefault;
import dev.migrate.ops.AlterColumnNullable;
import dev.migrate.ops.AlterColumnType;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.CheckConstraint;
import dev.migrate.ops.Column;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.CommentOnColumn;
import dev.migrate.ops.CommentOnTable;
import dev.migrate.ops.CreateEnum;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSchema;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.CreateView;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropEnum;
import dev.migrate.ops.DropIdentity;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropSchema;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.DropView;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.ForeignKey;
import dev.migrate.ops.Identity;
import dev.migrate.ops.IndexElement;
import dev.migrate.ops.ObjectName;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationVisitor;
import dev.migrate.ops.PrimaryKey;
import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameEnumValue;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.ServerDefault;
import dev.migrate.ops.TableConstraint;
import dev.migrate.ops.UniqueConstraint;
import dev.migrate.ops.ValidateConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * SQL shared by most databases (Alembic's {@code DefaultImpl}): every operation rendered
 * in standard syntax. A concrete dialect supplies its identifier rules and overrides only
 * what differs; features with no standard form (comments, enums, {@code CONCURRENTLY},
 * {@code NOT VALID}, {@code USING} conversions) throw
 * {@link UnsupportedByDialectException} here.
 */
public abstract class StandardDialect implements Dialect, OperationVisitor<List<String>> {

	// ISO-8601 with a space between date and time (the SQL standard's form); fractions
	// only when present.
	private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendLiteral(' ')
		.append(DateTimeFormatter.ISO_LOCAL_TIME)
		.toFormatter(Locale.ROOT);

	private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder().append(DATE_TIME)
		.appendOffset("+HH:MM", "+00:00")
		.toFormatter(Locale.ROOT);

	private final Identifiers identifiers;

	protected StandardDialect(Identifiers identifiers) {
		this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
	}

	protected Identifiers identifiers() {
		return identifiers;
	}

	@Override
	public List<String> render(Operation operation) {
		return List.copyOf(operation.accept(this));
	}

	@Override
	public String quote(String identifier) {
		return identifiers.quote(identifier);
	}

	@Override
	public String qualify(ObjectName name) {
		return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
	}

	@Override
	public String insertStatement(ObjectName table, List<String> columns) {
		StringJoiner placeholders = new StringJoiner(", ", "(", ")");
		columns.forEach(c -> placeholders.add("?"));
		return "INSERT INTO " + qualify(table) + " " + columnList(columns) + " VALUES " + placeholders;
	}

	@Override
	public String scriptStatement(String statement) {
		String trimmed = statement.strip();
		if (PostgresLexer.endsInLineComment(trimmed)) {
			return trimmed + "\n;";
		}
		return trimmed.endsWith(";") ? trimmed : trimmed + ";";
	}

	// Literals

	@Override
	public String literal(Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof Boolean b) {
			return b ? "TRUE" : "FALSE";
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger) {
			return value.toString();
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			return Double.isFinite(d) ? value.toString() : nonFiniteLiteral(d);
		}
		if (value instanceof CharSequence || value instanceof Character) {
			return stringLiteral(value.toString());
		}
		if (value instanceof Enum<?> e) {
			return stringLiteral(e.name());
		}
		if (value instanceof java.util.UUID uuid) {
			return uuidLiteral(uuid);
		}
		if (value instanceof byte[] bytes) {
			return bytesLiteral(bytes);
		}
		return temporalOrCollectionLiteral(value);
	}

	private String temporalOrCollectionLiteral(Object value) {
		if (value instanceof java.sql.Date d) {
			return literal(d.toLocalDate());
		}
		if (value instanceof java.sql.Time t) {
			return literal(t.toLocalTime());
		}
		if (value instanceof java.sql.Timestamp t) {
			return literal(t.toLocalDateTime());
		}
		if (value instanceof java.util.Date d) {
			return literal(d.toInstant());
		}
		if (value instanceof LocalDate d) {
			return "DATE " + stringLiteral(d.toString());
		}
		if (value instanceof LocalTime t) {
			return "TIME " + stringLiteral(DateTimeFormatter.ISO_LOCAL_TIME.format(t));
		}
		if (value instanceof LocalDateTime t) {
			return "TIMESTAMP " + stringLiteral(DATE_TIME.format(t));
		}
		if (value instanceof OffsetDateTime t) {
			return "TIMESTAMP WITH TIME ZONE " + stringLiteral(OFFSET_DATE_TIME.format(t));
		}
		if (value instanceof ZonedDateTime t) {
			return literal(t.toOffsetDateTime());
		}
		if (value instanceof Instant t) {
			return literal(t.atOffset(ZoneOffset.UTC));
		}
		if (value instanceof Iterable<?> items) {
			List<Object> list = new ArrayList<>();
			items.forEach(list::add);
			return arrayLiteral(list);
		}
		if (value instanceof Object[] items) {
			return arrayLiteral(java.util.Arrays.asList(items));
		}
		throw new UnsupportedByDialectException("Cannot render a " + value.getClass().getName()
				+ " as an SQL literal; pass a String, number, Boolean, UUID, java.time value, byte[] or a list of them");
	}

	/** {@code 'text'} with {@code '} doubled. */
	protected String stringLiteral(String text) {
		if (text.indexOf('\0') >= 0) {
			throw new UnsupportedByDialectException(
					"A string literal cannot contain a NUL character: " + text.replace("\0", "\\0"));
		}
		return "'" + text.replace("'", "''") + "'";
	}

	protected String uuidLiteral(java.util.UUID uuid) {
		return stringLiteral(uuid.toString());
	}

	protected String bytesLiteral(byte[] bytes) {
		StringBuilder hex = new StringBuilder(bytes.length * 2 + 3).append("X'");
		for (byte b : bytes) {
			hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
		}
		return hex.append('\'').toString();
	}

	protected String nonFiniteLiteral(double value) {
		throw new UnsupportedByDialectException(name() + " has no literal for " + value);
	}

	protected String arrayLiteral(List<Object> items) {
		throw new UnsupportedByDialectException(name() + " cannot render array literals");
	}

	// Types

	@Override
	public String renderType(ColumnType type) {
		return switch (type.kind()) {
			case SMALLINT -> "smallint";
			case INTEGER -> "integer";
			case BIGINT -> "bigint";
			case NUMERIC ->
				type.precision() == null ? "numeric" : "numeric(" + type.precision() + "," + type.scale() + ")";
			case REAL -> "real";
			case DOUBLE -> "double precision";
			case VARCHAR -> type.precision() == null ? "varchar" : "varchar(" + type.precision() + ")";
			case BOOLEAN -> "boolean";
			case DATE -> "date";
			case TIME -> "time";
			case TIMESTAMP -> "timestamp";
			case TIMESTAMPTZ -> "timestamp with time zone";
			case ARRAY -> renderType(type.element()) + " ARRAY";
			case NAMED -> qualify(type.userType());
			case RAW -> type.raw();
			default -> throw new UnsupportedByDialectException(name() + " has no type " + type);
		};
	}

	// Tables

	@Override
	public List<String> visitCreateTable(CreateTable op) {
		List<String> elements = new ArrayList<>();
		op.columns().forEach(c -> elements.add(columnDefinition(c)));
		op.constraints().forEach(c -> elements.add(constraintDefinition(c)));
		String body = elements.isEmpty() ? "()" : "(\n    " + String.join(",\n    ", elements) + "\n)";
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE " + qualify(op.table()) + " " + body);
		if (op.comment() != null) {
			statements.add(commentOnTable(op.table(), op.comment()));
		}
		for (Column column : op.columns()) {
			if (column.comment() != null) {
				statements.add(commentOnColumn(op.table(), column.name(), column.comment()));
			}
		}
		return statements;
	}

	@Override
	public List<String> visitDropTable(DropTable op) {
		return List.of("DROP TABLE " + ifExists(op.ifExists()) + qualify(op.table()) + cascade(op.cascade()));
	}

	@Override
	public List<String> visitRenameTable(RenameTable op) {
		return List.of(alterTable(op.table()) + " RENAME TO " + quote(op.newName()));
	}

	@Override
	public List<String> visitCommentOnTable(CommentOnTable op) {
		return List.of(commentOnTable(op.table(), op.comment()));
	}

	@Override
	public List<String> visitCommentOnColumn(CommentOnColumn op) {
		return List.of(commentOnColumn(op.table(), op.column(), op.comment()));
	}

	/** {@code comment} may be {@code null} (remove). */
	protected String commentOnTable(ObjectName table, String comment) {
		throw unsupported("table comments");
	}

	/** {@code comment} may be {@code null} (remove). */
	protected String commentOnColumn(ObjectName table, String column, String comment) {
		throw unsupported("column comments");
	}

	// Columns

	@Override
	public List<String> visitAddColumn(AddColumn op) {
		List<String> statements = new ArrayList<>();
		statements.add(alterTable(op.table()) + " ADD COLUMN " + columnDefinition(op.column()));
		if (op.column().comment() != null) {
			statements.add(commentOnColumn(op.table(), op.column().name(), op.column().comment()));
		}
		return statements;
	}

	@Override
	public List<String> visitDropColumn(DropColumn op) {
		return List.of(alterTable(op.table()) + " DROP COLUMN " + ifExists(op.ifExists()) + quote(op.column())
				+ cascade(op.cascade()));
	}

	@Override
	public List<String> visitRenameColumn(RenameColumn op) {
		return List.of(alterTable(op.table()) + " RENAME COLUMN " + quote(op.column()) + " TO " + quote(op.newName()));
	}

	@Override
	public List<String> visitAlterColumnType(AlterColumnType op) {
		if (op.using() != null) {
			throw unsupported("ALTER COLUMN ... TYPE ... USING");
		}
		return List.of(alterColumn(op.table(), op.column()) + " SET DATA TYPE " + renderType(op.type()));
	}

	@Override
	public List<String> visitAlterColumnNullable(AlterColumnNullable op) {
		return List.of(alterColumn(op.table(), op.column()) + (op.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
	}

	@Override
	public List<String> visitAlterColumnDefault(AlterColumnDefault op) {
		return List.of(alterColumn(op.table(), op.column())
				+ (op.newDefault() == null ? " DROP DEFAULT" : " SET DEFAULT " + defaultValue(op.newDefault())));
	}

	@Override
	public List<String> visitAddIdentity(AddIdentity op) {
		return List.of(alterColumn(op.table(), op.column()) + " ADD " + identityClause(op.identity()));
	}

	@Override
	public List<String> visitDropIdentity(DropIdentity op) {
		return List.of(alterColumn(op.table(), op.column()) + " DROP IDENTITY" + (op.ifExists() ? " IF EXISTS" : ""));
	}

	/**
	 * {@code name type [identity | DEFAULT x] [NOT NULL] [PRIMARY KEY] [UNIQUE] [REFERENCES ...]}.
	 */
	protected String columnDefinition(Column column) {
		StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(renderType(column.type()));
		if (column.identity() != null) {
			sql.append(' ').append(identityClause(column.identity()));
		}
		if (column.serverDefault() != null) {
			sql.append(" DEFAULT ").append(defaultValue(column.serverDefault()));
		}
		if (!column.nullable()) {
			sql.append(" NOT NULL");
		}
		if (column.primaryKey()) {
			sql.append(" PRIMARY KEY");
		}
		if (column.unique()) {
			sql.append(" UNIQUE");
		}
		if (column.references() != null) {
			ForeignKey fk = column.references();
			sql.append(' ').append(constraintName(fk)).append(referencesClause(fk));
		}
		return sql.toString();
	}

	protected String identityClause(Identity identity) {
		String clause = "GENERATED " + (identity.generatedAlways() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY";
		StringJoiner options = new StringJoiner(" ", " (", ")").setEmptyValue("");
		if (identity.start() != null) {
			options.add("START WITH " + identity.start());
		}
		if (identity.increment() != null) {
			options.add("INCREMENT BY " + identity.increment());
		}
		return clause + options;
	}

	protected String defaultValue(ServerDefault serverDefault) {
		return serverDefault.isExpression() ? serverDefault.expression() : literal(serverDefault.value());
	}

	// Constraints

	/**
	 * {@code [CONSTRAINT name] PRIMARY KEY (...) | UNIQUE (...) | CHECK (...) | FOREIGN KEY (...) REFERENCES ...}.
	 */
	protected String constraintDefinition(TableConstraint constraint) {
		String prefix = constraintName(constraint);
		if (constraint instanceof PrimaryKey pk) {
			return prefix + "PRIMARY KEY " + columnList(pk.columns());
		}
		if (constraint instanceof UniqueConstraint unique) {
			return prefix + "UNIQUE " + columnList(unique.columns());
		}
		if (constraint instanceof CheckConstraint check) {
			return prefix + "CHECK (" + check.condition() + ")";
		}
		ForeignKey fk = (ForeignKey) constraint;
		return prefix + "FOREIGN KEY " + columnList(fk.columns()) + " " + referencesClause(fk);
	}

	protected String referencesClause(ForeignKey fk) {
		StringBuilder sql = new StringBuilder("REFERENCES ").append(qualify(fk.referencedTable()))
			.append(' ')
			.append(columnList(fk.referencedColumns()));
		if (fk.onDelete() != null) {
			sql.append(" ON DELETE ").append(fk.onDelete().sql());
		}
		if (fk.onUpdate() != null) {
			sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
		}
		if (fk.deferrable() != null) {
			sql.append(' ').append(fk.deferrable().sql());
		}
		return sql.toString();
	}

	private String constraintName(TableConstraint constraint) {
		return constraint.name() == null ? "" : "CONSTRAINT " + quote(constraint.name()) + " ";
	}

	@Override
	public List<String> visitAddConstraint(AddConstraint op) {
		if (op.notValid()) {
			throw unsupported("NOT VALID constraints");
		}
		return List.of(alterTable(op.table()) + " ADD " + constraintDefinition(op.constraint()));
	}

	@Override
	public List<String> visitDropConstraint(DropConstraint op) {
		return List.of(alterTable(op.table()) + " DROP CONSTRAINT " + ifExists(op.ifExists()) + quote(op.name())
				+ cascade(op.cascade()));
	}

	@Override
	public List<String> visitValidateConstraint(ValidateConstraint op) {
		throw unsupported("VALIDATE CONSTRAINT");
	}

	// Indexes

	@Override
	public List<String> visitCreateIndex(CreateIndex op) {
		if (op.concurrently() || op.method() != null) {
			throw unsupported("CREATE INDEX CONCURRENTLY or USING an access method");
		}
		return List
			.of(createIndexPrefix(op) + qualify(op.table()) + " " + indexElements(op.elements()) + indexWhere(op));
	}

	protected String createIndexPrefix(CreateIndex op) {
		return "CREATE " + (op.unique() ? "UNIQUE " : "") + "INDEX " + (op.concurrently() ? "CONCURRENTLY " : "")
				+ (op.ifNotExists() ? "IF NOT EXISTS " : "") + quote(op.name()) + " ON ";
	}

	protected String indexElements(List<IndexElement> elements) {
		StringJoiner sql = new StringJoiner(", ", "(", ")");
		for (IndexElement element : elements) {
			String key = element.column() != null ? quote(element.column()) : "(" + element.expression() + ")";
			sql.add(element.descending() ? key + " DESC" : key);
		}
		return sql.toString();
	}

	protected String indexWhere(CreateIndex op) {
		return op.where() == null ? "" : " WHERE " + op.where();
	}

	@Override
	public List<String> visitDropIndex(DropIndex op) {
		if (op.concurrently()) {
			throw unsupported("DROP INDEX CONCURRENTLY");
		}
		return List.of("DROP INDEX " + ifExists(op.ifExists()) + qualify(op.index()) + cascade(op.cascade()));
	}

	// Sequences and schemas

	@Override
	public List<String> visitCreateSequence(CreateSequence op) {
		StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(op.ifNotExists() ? "IF NOT EXISTS " : "")
			.append(qualify(op.sequence()));
		if (op.dataType() != null) {
			sql.append(" AS ").append(renderType(op.dataType()));
		}
		appendOption(sql, "INCREMENT BY", op.increment());
		appendOption(sql, "MINVALUE", op.minValue());
		appendOption(sql, "MAXVALUE", op.maxValue());
		appendOption(sql, "START WITH", op.start());
		appendOption(sql, "CACHE", op.cache());
		if (op.cycle()) {
			sql.append(" CYCLE");
		}
		return List.of(sql.toString());
	}

	private static void appendOption(StringBuilder sql, String keyword, Long value) {
		if (value != null) {
			sql.append(' ').append(keyword).append(' ').append(value);
		}
	}

	@Override
	public List<String> visitDropSequence(DropSequence op) {
		return List.of("DROP SEQUENCE " + ifExists(op.ifExists()) + qualify(op.sequence()) + cascade(op.cascade()));
	}

	@Override
	public List<String> visitCreateSchema(CreateSchema op) {
		return List.of("CREATE SCHEMA " + (op.ifNotExists() ? "IF NOT EXISTS " : "") + quote(op.schema()));
	}

	@Override
	public List<String> visitDropSchema(DropSchema op) {
		return List.of("DROP SCHEMA " + ifExists(op.ifExists()) + quote(op.schema()) + cascade(op.cascade()));
	}

	// Enums have no standard form.

	@Override
	public List<String> visitCreateEnum(CreateEnum op) {
		throw unsupported("enum types");
	}

	@Override
	public List<String> visitDropEnum(DropEnum op) {
		throw unsupported("enum types");
	}

	@Override
	public List<String> visitAddEnumValue(AddEnumValue op) {
		throw unsupported("enum types");
	}

	@Override
	public List<String> visitRenameEnumValue(RenameEnumValue op) {
		throw unsupported("enum types");
	}

	// Views

	@Override
	public List<String> visitCreateView(CreateView op) {
		return List
			.of("CREATE " + (op.orReplace() ? "OR REPLACE " : "") + "VIEW " + qualify(op.view()) + " AS " + op.query());
	}

	@Override
	public List<String> visitDropView(DropView op) {
		return List.of("DROP VIEW " + ifExists(op.ifExists()) + qualify(op.view()) + cascade(op.cascade()));
	}

	// Data

	@Override
	public List<String> visitExecuteSql(ExecuteSql op) {
		if (op.parameters().isEmpty()) {
			return List.of(op.sql());
		}
		return List.of(PlaceholderInliner.inline(op.sql(), op.parameters(), this::literal));
	}

	/** One multi-row {@code INSERT} per batch, values as literals. */
	@Override
	public List<String> visitBulkInsert(BulkInsert op) {
		String head = "INSERT INTO " + qualify(op.table()) + " " + columnList(op.columns()) + " VALUES\n    ";
		List<String> statements = new ArrayList<>();
		List<List<Object>> rows = op.rows();
		for (int from = 0; from < rows.size(); from += op.batchSize()) {
			StringJoiner values = new StringJoiner(",\n    ");
			for (List<Object> row : rows.subList(from, Math.min(rows.size(), from + op.batchSize()))) {
				StringJoiner tuple = new StringJoiner(", ", "(", ")");
				row.forEach(value -> tuple.add(literal(value)));
				values.add(tuple.toString());
			}
			statements.add(head + values);
		}
		return statements;
	}

	@Override
	public List<String> visitOther(Operation operation) {
		throw new UnsupportedByDialectException(name() + " cannot render " + operation.getClass().getName()
				+ "; render it as op.execute(sql) or extend the dialect");
	}

	// Shared fragments

	protected String alterTable(ObjectName table) {
		return "ALTER TABLE " + qualify(table);
	}

	protected String alterColumn(ObjectName table, String column) {
		return alterTable(table) + " ALTER COLUMN " + quote(column);
	}

	protected String columnList(List<String> columns) {
		StringJoiner sql = new StringJoiner(", ", "(", ")");
		columns.forEach(c -> sql.add(quote(c)));
		return sql.toString();
	}

	protected static String ifExists(boolean ifExists) {
		return ifExists ? "IF EXISTS " : "";
	}

	protected static String cascade(boolean cascade) {
		return cascade ? " CASCADE" : "";
	}

	protected MigrateException unsupported(String feature) {
		return new UnsupportedByDialectException(name() + " cannot render " + feature);
	}

}

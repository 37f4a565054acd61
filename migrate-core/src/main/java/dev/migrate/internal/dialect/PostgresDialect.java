package dev.migrate.internal.dialect;

import dev.migrate.MigrateException;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.AlterColumnType;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.CreateEnum;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.DropEnum;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.ObjectName;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameEnumValue;
import dev.migrate.ops.ValidateConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * PostgreSQL: overrides the standard rendering where PostgreSQL differs or offers more
 * (types, {@code TYPE ... USING}, comments, {@code CONCURRENTLY}, access methods,
 * {@code NOT VALID}, enums, {@code E''} strings). Knows the server's major version where
 * it matters: before 12, {@code ALTER TYPE ... ADD VALUE} cannot run in a transaction.
 */
public class PostgresDialect extends StandardDialect {

	/** The newest major version whose keywords and features this dialect knows. */
	public static final int LATEST_KNOWN_VERSION = 18;

	/**
	 * Names PostgreSQL folds and stores as written: lower-case letters, digits, {@code _}
	 * and {@code $}.
	 */
	private static final Pattern BARE = Pattern.compile("[a-z_][a-z0-9_$]*");

	/** NAMEDATALEN - 1: PostgreSQL truncates longer identifiers (with only a NOTICE). */
	private static final int MAX_IDENTIFIER_BYTES = 63;

	private final int serverMajorVersion;

	/**
	 * For a current server ({@value #LATEST_KNOWN_VERSION}); use this for offline
	 * rendering.
	 */
	public PostgresDialect() {
		this(LATEST_KNOWN_VERSION);
	}

	public PostgresDialect(int serverMajorVersion) {
		super(new Identifiers("PostgreSQL", BARE, PostgresKeywords.requiringQuotes(), MAX_IDENTIFIER_BYTES));
		this.serverMajorVersion = serverMajorVersion;
	}

	/** For the server behind {@code connection}. */
	public static PostgresDialect forConnection(Connection connection) {
		try {
			return new PostgresDialect(connection.getMetaData().getDatabaseMajorVersion());
		}
		catch (SQLException ex) {
			throw new MigrateException("Could not read the PostgreSQL server version: " + ex.getMessage(), ex);
		}
	}

	public int serverMajorVersion() {
		return serverMajorVersion;
	}

	@Override
	public String name() {
		return "postgresql";
	}

	@Override
	public boolean isTransactional(Operation operation) {
		if (operation instanceof AddEnumValue) {
			return serverMajorVersion >= 12;
		}
		return operation.transactional();
	}

	// Literals

	/**
	 * With a backslash, an {@code E''} string with backslashes doubled: the value then
	 * reads the same whatever {@code standard_conforming_strings} is set to.
	 */
	@Override
	protected String stringLiteral(String text) {
		String plain = super.stringLiteral(text);
		return text.indexOf('\\') < 0 ? plain : "E" + plain.replace("\\", "\\\\");
	}

	@Override
	protected String uuidLiteral(java.util.UUID uuid) {
		return "'" + uuid + "'::uuid";
	}

	/**
	 * {@code decode(hex)}: unlike a {@code '\x..'} literal it does not depend on string
	 * settings.
	 */
	@Override
	protected String bytesLiteral(byte[] bytes) {
		StringBuilder hex = new StringBuilder(bytes.length * 2);
		for (byte b : bytes) {
			hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
		}
		return "decode('" + hex + "', 'hex')";
	}

	@Override
	protected String nonFiniteLiteral(double value) {
		String text = Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
		return "'" + text + "'::double precision";
	}

	/**
	 * {@code ARRAY[...]}; an empty array is the untyped {@code '{}'}, typed by its
	 * context.
	 */
	@Override
	protected String arrayLiteral(List<Object> items) {
		if (items.isEmpty()) {
			return "'{}'";
		}
		StringJoiner sql = new StringJoiner(", ", "ARRAY[", "]");
		items.forEach(item -> sql.add(literal(item)));
		return sql.toString();
	}

	// Types

	@Override
	public String renderType(ColumnType type) {
		return switch (type.kind()) {
			case SMALLSERIAL -> "smallserial";
			case SERIAL -> "serial";
			case BIGSERIAL -> "bigserial";
			case TEXT -> "text";
			case TIMESTAMPTZ -> "timestamptz";
			case UUID -> "uuid";
			case JSON -> "json";
			case JSONB -> "jsonb";
			case BYTEA -> "bytea";
			case ARRAY -> renderType(type.element()) + "[]";
			default -> super.renderType(type);
		};
	}

	// Operations that differ

	@Override
	public List<String> visitAlterColumnType(AlterColumnType op) {
		return List.of(alterColumn(op.table(), op.column()) + " TYPE " + renderType(op.type())
				+ (op.using() == null ? "" : " USING " + op.using()));
	}

	@Override
	protected String commentOnTable(ObjectName table, String comment) {
		return "COMMENT ON TABLE " + qualify(table) + " IS " + (comment == null ? "NULL" : stringLiteral(comment));
	}

	@Override
	protected String commentOnColumn(ObjectName table, String column, String comment) {
		return "COMMENT ON COLUMN " + qualify(table) + "." + quote(column) + " IS "
				+ (comment == null ? "NULL" : stringLiteral(comment));
	}

	@Override
	public List<String> visitCreateIndex(CreateIndex op) {
		String method = op.method() == null ? "" : " USING " + quote(op.method());
		return List.of(createIndexPrefix(op) + qualify(op.table()) + method + " " + indexElements(op.elements())
				+ indexWhere(op));
	}

	@Override
	public List<String> visitDropIndex(DropIndex op) {
		return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "") + ifExists(op.ifExists())
				+ qualify(op.index()) + cascade(op.cascade()));
	}

	@Override
	public List<String> visitAddConstraint(AddConstraint op) {
		return List.of(alterTable(op.table()) + " ADD " + constraintDefinition(op.constraint())
				+ (op.notValid() ? " NOT VALID" : ""));
	}

	@Override
	public List<String> visitValidateConstraint(ValidateConstraint op) {
		return List.of(alterTable(op.table()) + " VALIDATE CONSTRAINT " + quote(op.name()));
	}

	@Override
	public List<String> visitCreateEnum(CreateEnum op) {
		StringJoiner labels = new StringJoiner(", ", "(", ")");
		op.values().forEach(v -> labels.add(stringLiteral(v)));
		return List.of("CREATE TYPE " + qualify(op.type()) + " AS ENUM " + labels);
	}

	@Override
	public List<String> visitDropEnum(DropEnum op) {
		return List.of("DROP TYPE " + ifExists(op.ifExists()) + qualify(op.type()) + cascade(op.cascade()));
	}

	@Override
	public List<String> visitAddEnumValue(AddEnumValue op) {
		String position = op.before() != null ? " BEFORE " + stringLiteral(op.before())
				: op.after() != null ? " AFTER " + stringLiteral(op.after()) : "";
		return List.of("ALTER TYPE " + qualify(op.type()) + " ADD VALUE " + (op.ifNotExists() ? "IF NOT EXISTS " : "")
				+ stringLiteral(op.value()) + position);
	}

	@Override
	public List<String> visitRenameEnumValue(RenameEnumValue op) {
		return List.of("ALTER TYPE " + qualify(op.type()) + " RENAME VALUE " + stringLiteral(op.value()) + " TO "
				+ stringLiteral(op.newValue()));
	}

}

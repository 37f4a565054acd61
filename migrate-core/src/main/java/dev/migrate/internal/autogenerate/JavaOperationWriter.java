package dev.migrate.internal.autogenerate;

import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumnDefault;
import dev.migrate.ops.AlterColumnNullable;
import dev.migrate.ops.AlterColumnType;
import dev.migrate.ops.CheckConstraint;
import dev.migrate.ops.Column;
import dev.migrate.ops.CommentOnColumn;
import dev.migrate.ops.CommentOnTable;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSchema;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropSchema;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.ForeignKey;
import dev.migrate.ops.IndexElement;
import dev.migrate.ops.ObjectName;
import dev.migrate.ops.Operation;
import dev.migrate.ops.PrimaryKey;
import dev.migrate.ops.TableConstraint;
import dev.migrate.ops.UniqueConstraint;
import dev.migrate.ops.ValidateConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an operation as the Java statement of a revision that performs it through
 * {@code Operations}:
 * {@code op.addColumn("users", "phone", ColumnType.raw("varchar(20)"))}. Types, defaults
 * and expressions are written verbatim, so the revision builds exactly the operation
 * autogenerate planned. An operation the facade cannot express (such as a foreign key
 * from a table in another schema to one in the default schema) is written as
 * {@code op.execute} of its SQL.
 */
final class JavaOperationWriter {

	private static final String CONTINUATION = "\n                ";

	private final PostgresDialect dialect = new PostgresDialect();

	/** The statements, each without indentation or trailing semicolon. */
	List<String> write(Operation operation) {
		String call = call(operation);
		if (call != null) {
			return List.of(call);
		}
		return dialect.render(operation).stream().map(sql -> "op.execute(" + literal(sql) + ")").toList();
	}

	private String call(Operation operation) {
		if (operation instanceof CreateSchema create) {
			return "op.createSchema(" + literal(create.schema()) + ")";
		}
		if (operation instanceof DropSchema drop) {
			return "op.dropSchema(" + literal(drop.schema()) + ")";
		}
		if (operation instanceof CreateTable create) {
			return facade(create.table()) + ".createTable(" + literal(create.table().name()) + ", t -> t"
					+ tableDefinition(create) + ")";
		}
		if (operation instanceof DropTable drop) {
			return facade(drop.table()) + ".dropTable(" + literal(drop.table().name()) + ")";
		}
		if (operation instanceof AddColumn add) {
			Column column = add.column();
			String options = columnOptions(column);
			return facade(add.table()) + ".addColumn(" + literal(add.table().name()) + ", " + literal(column.name())
					+ ", " + type(column) + (options.isEmpty() ? "" : ", c -> c" + options) + ")";
		}
		if (operation instanceof DropColumn drop) {
			return facade(drop.table()) + ".dropColumn(" + tableAndColumn(drop.table(), drop.column()) + ")";
		}
		if (operation instanceof AlterColumnType alter) {
			return facade(alter.table()) + ".alterColumnType(" + tableAndColumn(alter.table(), alter.column())
					+ ", ColumnType.raw(" + literal(dialect.renderType(alter.type())) + "))";
		}
		if (operation instanceof AlterColumnNullable alter) {
			return facade(alter.table()) + (alter.nullable() ? ".dropNotNull(" : ".setNotNull(")
					+ tableAndColumn(alter.table(), alter.column()) + ")";
		}
		if (operation instanceof AlterColumnDefault alter) {
			return facade(alter.table()) + (alter.newDefault() == null
					? ".dropServerDefault(" + tableAndColumn(alter.table(), alter.column()) + ")"
					: ".setServerDefault(" + tableAndColumn(alter.table(), alter.column())
							+ ", ServerDefault.expression(" + literal(alter.newDefault().expression()) + "))");
		}
		if (operation instanceof CommentOnTable comment) {
			return facade(comment.table()) + ".setTableComment(" + literal(comment.table().name()) + ", "
					+ literal(comment.comment()) + ")";
		}
		if (operation instanceof CommentOnColumn comment) {
			return facade(comment.table()) + ".setColumnComment(" + tableAndColumn(comment.table(), comment.column())
					+ ", " + literal(comment.comment()) + ")";
		}
		if (operation instanceof CreateIndex index) {
			return facade(index.table()) + ".createIndex(" + literal(index.name()) + ", "
					+ literal(index.table().name()) + ", i -> i" + indexDefinition(index) + ")";
		}
		if (operation instanceof DropIndex drop && !drop.cascade()) {
			return facade(drop.index()) + ".dropIndex(" + literal(drop.index().name())
					+ (drop.concurrently() ? ", DropOption.CONCURRENTLY" : "")
					+ (drop.ifExists() ? ", DropOption.IF_EXISTS" : "") + ")";
		}
		if (operation instanceof AddConstraint add) {
			return addConstraint(add.table(), add.constraint(), add.notValid());
		}
		if (operation instanceof ValidateConstraint validate) {
			return facade(validate.table()) + ".validateConstraint(" + literal(validate.table().name()) + ", "
					+ literal(validate.name()) + ")";
		}
		if (operation instanceof DropConstraint drop && !drop.cascade()) {
			return facade(drop.table()) + ".dropConstraint(" + literal(drop.name()) + ", "
					+ literal(drop.table().name()) + (drop.ifExists() ? ", DropOption.IF_EXISTS" : "") + ")";
		}
		if (operation instanceof CreateSequence create && create.minValue() == null && create.maxValue() == null
				&& create.cache() == null && !create.cycle()) {
			return facade(create.sequence()) + ".createSequence(" + literal(create.sequence().name()) + ", s -> s"
					+ (create.dataType() == null ? ""
							: ".as(ColumnType.raw(" + literal(dialect.renderType(create.dataType())) + "))")
					+ (create.start() == null ? "" : ".startWith(" + create.start() + "L)")
					+ (create.increment() == null ? "" : ".incrementBy(" + create.increment() + "L)") + ")";
		}
		if (operation instanceof DropSequence drop) {
			return facade(drop.sequence()) + ".dropSequence(" + literal(drop.sequence().name()) + ")";
		}
		return null;
	}

	private String tableDefinition(CreateTable create) {
		StringBuilder definition = new StringBuilder();
		for (Column column : create.columns()) {
			String options = columnOptions(column);
			definition.append(CONTINUATION)
				.append(".column(")
				.append(literal(column.name()))
				.append(", ")
				.append(type(column))
				.append(options.isEmpty() ? "" : ", c -> c" + options)
				.append(')');
		}
		for (TableConstraint constraint : create.constraints()) {
			definition.append(CONTINUATION).append(".constraint(").append(constraint(constraint)).append(')');
		}
		if (create.comment() != null) {
			definition.append(CONTINUATION).append(".comment(").append(literal(create.comment())).append(')');
		}
		return definition.toString();
	}

	private String columnOptions(Column column) {
		StringBuilder options = new StringBuilder();
		if (column.identity() != null) {
			options.append(".identity(Identity.")
				.append(column.identity().generatedAlways() ? "always()" : "byDefault()")
				.append(')');
		}
		if (!column.nullable()) {
			options.append(".notNull()");
		}
		if (column.serverDefault() != null) {
			options.append(".defaultExpression(").append(literal(column.serverDefault().expression())).append(')');
		}
		if (column.comment() != null) {
			options.append(".comment(").append(literal(column.comment())).append(')');
		}
		return options.toString();
	}

	private String type(Column column) {
		return "ColumnType.raw(" + literal(dialect.renderType(column.type())) + ")";
	}

	private static String indexDefinition(CreateIndex index) {
		StringBuilder definition = new StringBuilder();
		for (IndexElement element : index.elements()) {
			String key = element.column() != null ? "IndexElement.column(" + literal(element.column()) + ")"
					: "IndexElement.expression(" + literal(element.expression()) + ")";
			definition.append(".element(").append(key).append(element.descending() ? ".desc()" : "").append(')');
		}
		if (index.unique()) {
			definition.append(".unique()");
		}
		if (index.method() != null) {
			definition.append(".using(").append(literal(index.method())).append(')');
		}
		if (index.where() != null) {
			definition.append(".where(").append(literal(index.where())).append(')');
		}
		if (index.concurrently()) {
			definition.append(".concurrently()");
		}
		if (index.ifNotExists()) {
			definition.append(".ifNotExists()");
		}
		return definition.toString();
	}

	private String addConstraint(ObjectName table, TableConstraint constraint, boolean notValid) {
		// The facade qualifies an unqualified foreign key target with its own schema; say
		// so explicitly instead.
		if (constraint instanceof ForeignKey fk && table.schema() != null && fk.referencedTable().schema() == null) {
			return null;
		}
		return facade(table) + (notValid ? ".addConstraintNotValid(" : ".addConstraint(") + literal(table.name()) + ", "
				+ constraint(constraint) + ")";
	}

	private static String constraint(TableConstraint constraint) {
		if (constraint instanceof PrimaryKey pk) {
			return named("PrimaryKey.of(" + literals(pk.columns()) + ")", pk.name());
		}
		if (constraint instanceof UniqueConstraint unique) {
			return named("UniqueConstraint.of(" + literals(unique.columns()) + ")", unique.name());
		}
		if (constraint instanceof CheckConstraint check) {
			return named("CheckConstraint.of(" + literal(check.condition()) + ")", check.name());
		}
		ForeignKey fk = (ForeignKey) constraint;
		ObjectName target = fk.referencedTable();
		String code = "ForeignKey.of(List.of(" + literals(fk.columns()) + "), ObjectName.of("
				+ (target.schema() == null ? "" : literal(target.schema()) + ", ") + literal(target.name())
				+ "), List.of(" + literals(fk.referencedColumns()) + "))";
		code = named(code, fk.name());
		if (fk.onDelete() != null) {
			code += ".onDelete(ReferentialAction." + fk.onDelete().name() + ")";
		}
		if (fk.onUpdate() != null) {
			code += ".onUpdate(ReferentialAction." + fk.onUpdate().name() + ")";
		}
		if (fk.deferrable() != null) {
			code += ".deferrable(Deferrable." + fk.deferrable().name() + ")";
		}
		return code;
	}

	private static String named(String code, String name) {
		return name == null ? code : code + ".named(" + literal(name) + ")";
	}

	private static String facade(ObjectName name) {
		return name.schema() == null ? "op" : "op.inSchema(" + literal(name.schema()) + ")";
	}

	private static String tableAndColumn(ObjectName table, String column) {
		return literal(table.name()) + ", " + literal(column);
	}

	private static String literals(List<String> values) {
		return values.stream().map(JavaOperationWriter::literal).collect(Collectors.joining(", "));
	}

	/**
	 * A Java string literal for {@code text}. Line ends must be escaped (a raw one ends
	 * the literal) and other control characters are escaped in octal so the source shows
	 * them; never as unicode escapes, which javac replaces before it reads the literal.
	 */
	static String literal(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '"' -> out.append("\\\"");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						out.append('\\').append(Integer.toOctalString(c + 0x200).substring(1));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/**
	 * The simple names of the ops types a piece of generated code refers to, for its
	 * imports.
	 */
	static List<String> referencedTypes(String code) {
		List<String> types = new ArrayList<>();
		for (String type : List.of("CheckConstraint", "ColumnType", "Deferrable", "DropOption", "ForeignKey",
				"Identity", "IndexElement", "ObjectName", "PrimaryKey", "ReferentialAction", "ServerDefault",
				"UniqueConstraint")) {
			if (code.contains(type + ".")) {
				types.add(type);
			}
		}
		return types;
	}

}

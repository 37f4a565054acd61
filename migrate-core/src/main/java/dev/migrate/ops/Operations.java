package dev.migrate.ops;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The facade a {@link dev.migrate.Migration} uses to change the schema: Alembic's
 * {@code op}. Every method builds an immutable {@link Operation} and hands it to the
 * executor, which runs it, renders it offline, or records it.
 *
 * <p>
 * <b>Every call is complete when it returns.</b> Options are given to the call itself (as
 * a {@link Consumer} that configures a builder, or as {@link DropOption}s), never chained
 * onto its result, so there is no builder that could be left unfinished and silently
 * dropped:
 *
 * <pre>{@code
 * op.createTable("users", t -> t
 *         .column("id", ColumnType.BIGINT, c -> c.identity().primaryKey())
 *         .column("email", ColumnType.varchar(255), c -> c.notNull()));
 * op.addColumn("users", "phone", ColumnType.varchar(20));
 * op.createIndex("ix_users_email", "users", i -> i.columns("email").unique().concurrently());
 * op.dropTable("legacy_users", DropOption.IF_EXISTS);
 * }</pre>
 *
 * <p>
 * Names are taken exactly as written and quoted by the dialect when needed; a dot is part
 * of a name, never a schema separator. Schema-qualified objects go through
 * {@link #inSchema(String)}, or through {@link #run(Operation)} with {@link ObjectName}s.
 */
public final class Operations {

	private final OperationExecutor executor;

	private final @Nullable String schema;

	public Operations(OperationExecutor executor) {
		this(executor, null);
	}

	private Operations(OperationExecutor executor, @Nullable String schema) {
		this.executor = Objects.requireNonNull(executor, "executor");
		this.schema = schema;
	}

	/**
	 * A view of this facade whose tables, indexes, sequences, types and views live in
	 * {@code schema} (and whose foreign keys reference tables there unless they name
	 * another schema): {@code op.inSchema("billing").createTable("invoices", ...)}.
	 */
	public Operations inSchema(String schemaName) {
		return new Operations(executor, Objects.requireNonNull(schemaName, "schemaName"));
	}

	/**
	 * The schema names are qualified with, or {@code null} for the connection's search
	 * path.
	 */
	public @Nullable String schema() {
		return schema;
	}

	/**
	 * Runs any operation value, e.g. one built elsewhere or obtained from
	 * {@code reverse()}.
	 */
	public void run(Operation operation) {
		executor.apply(Objects.requireNonNull(operation, "operation"));
	}

	/** Executes raw SQL with optional {@code ?} parameters. */
	public void execute(String sql, Object... parameters) {
		run(ExecuteSql.of(sql, parameters));
	}

	/**
	 * Executes raw SQL that cannot run inside a transaction ({@code VACUUM},
	 * {@code ALTER SYSTEM}...); the revision then runs non-transactionally.
	 */
	public void executeNonTransactional(String sql, Object... parameters) {
		List<Object> values = parameters == null ? List.of() : Arrays.asList(parameters);
		run(new ExecuteSql(sql, values, null, false));
	}

	/**
	 * Runs {@code block} outside the revision's transaction, as Alembic's
	 * {@code autocommit_block()}: the revision's transaction so far commits, the
	 * operations of the block run in autocommit (each commits on its own, so
	 * {@code CREATE INDEX CONCURRENTLY} works there), then a new transaction begins for
	 * the rest, which commits with the version row:
	 *
	 * <pre>{@code
	 * op.addColumn("orders", "customer_ref", ColumnType.BIGINT);
	 * op.autocommitBlock(() -> op.createIndex("ix_orders_customer_ref", "orders",
	 *         i -> i.columns("customer_ref").concurrently()));
	 * op.execute("UPDATE orders SET customer_ref = customer_id");
	 * }</pre>
	 *
	 * Once the part before the block has committed, the revision is partly applied: it is
	 * recorded as started, and a failure or an interruption from there on leaves it
	 * awaiting {@code migrate resolve}, as a non-transactional revision would. Blocks do
	 * not nest; a revision that runs without a transaction ({@code Transactional.FALSE})
	 * has no use for one and is refused, as is transaction mode {@code all}, which cannot
	 * stay all-or-nothing across it. Offline ({@code --sql}) the block is written between
	 * {@code COMMIT} and {@code BEGIN}.
	 */
	public void autocommitBlock(Runnable block) {
		executor.autocommitBlock(Objects.requireNonNull(block, "block"));
	}

	/**
	 * The JDBC connection of the running migration, for data migrations. Only available
	 * online: a revision that calls it cannot be rendered with {@code --sql}.
	 */
	public Connection connection() {
		return executor.connection();
	}

	// Tables

	public void createTable(String table, Consumer<TableBuilder> definition) {
		TableBuilder builder = new TableBuilder(name(table), schema);
		definition.accept(builder);
		run(builder.build());
	}

	public void dropTable(String table, DropOption... options) {
		EnumSet<DropOption> set = options(options, "dropTable");
		run(new DropTable(name(table), set.contains(DropOption.IF_EXISTS), set.contains(DropOption.CASCADE), null));
	}

	public void renameTable(String table, String newName) {
		run(new RenameTable(name(table), newName));
	}

	/** Sets the table comment; {@code null} removes it. */
	public void setTableComment(String table, String comment) {
		run(new CommentOnTable(name(table), comment, null));
	}

	// Columns

	public void addColumn(String table, String column, ColumnType type) {
		addColumn(table, column, type, c -> {
		});
	}

	public void addColumn(String table, String column, ColumnType type, Consumer<ColumnBuilder> options) {
		ColumnBuilder builder = new ColumnBuilder(column, type, schema);
		options.accept(builder);
		run(new AddColumn(name(table), builder.build()));
	}

	public void dropColumn(String table, String column, DropOption... options) {
		EnumSet<DropOption> set = options(options, "dropColumn");
		run(new DropColumn(name(table), column, set.contains(DropOption.IF_EXISTS), set.contains(DropOption.CASCADE),
				null));
	}

	public void renameColumn(String table, String column, String newName) {
		run(new RenameColumn(name(table), column, newName));
	}

	/**
	 * Several changes to one column, Alembic's {@code alter_column}; see
	 * {@link AlterColumnBuilder}.
	 */
	public void alterColumn(String table, String column, Consumer<AlterColumnBuilder> changes) {
		AlterColumnBuilder builder = new AlterColumnBuilder(name(table), column);
		changes.accept(builder);
		builder.build().forEach(this::run);
	}

	public void alterColumnType(String table, String column, ColumnType type) {
		run(new AlterColumnType(name(table), column, type, null, null));
	}

	/**
	 * Changes the type, computing new values with {@code using}, e.g.
	 * {@code "price::integer"}.
	 */
	public void alterColumnType(String table, String column, ColumnType type, String using) {
		run(new AlterColumnType(name(table), column, type, using, null));
	}

	public void setNotNull(String table, String column) {
		run(new AlterColumnNullable(name(table), column, false));
	}

	public void dropNotNull(String table, String column) {
		run(new AlterColumnNullable(name(table), column, true));
	}

	public void setServerDefault(String table, String column, ServerDefault value) {
		run(new AlterColumnDefault(name(table), column, Objects.requireNonNull(value, "value"), null));
	}

	public void dropServerDefault(String table, String column) {
		run(new AlterColumnDefault(name(table), column, null, null));
	}

	/** Sets the column comment; {@code null} removes it. */
	public void setColumnComment(String table, String column, String comment) {
		run(new CommentOnColumn(name(table), column, comment, null));
	}

	/**
	 * Makes an existing NOT NULL integer column {@code GENERATED BY DEFAULT AS IDENTITY}.
	 */
	public void addIdentity(String table, String column) {
		addIdentity(table, column, Identity.byDefault());
	}

	public void addIdentity(String table, String column, Identity identity) {
		run(new AddIdentity(name(table), column, identity));
	}

	public void dropIdentity(String table, String column) {
		run(new DropIdentity(name(table), column, false, null));
	}

	// Indexes

	/** A plain index over columns, in order. */
	public void createIndex(String index, String table, String... columns) {
		createIndex(index, table, i -> i.columns(columns));
	}

	/**
	 * An index configured by {@link IndexBuilder}: unique, expressions, partial,
	 * concurrently...
	 */
	public void createIndex(String index, String table, Consumer<IndexBuilder> definition) {
		IndexBuilder builder = new IndexBuilder();
		definition.accept(builder);
		run(builder.build(index, name(table)));
	}

	/**
	 * Drops an index; accepts {@link DropOption#CONCURRENTLY},
	 * {@link DropOption#IF_EXISTS}, {@link DropOption#CASCADE}.
	 */
	public void dropIndex(String index, DropOption... options) {
		EnumSet<DropOption> set = options.length == 0 ? EnumSet.noneOf(DropOption.class)
				: EnumSet.copyOf(Arrays.asList(options));
		run(new DropIndex(name(index), set.contains(DropOption.CONCURRENTLY), set.contains(DropOption.IF_EXISTS),
				set.contains(DropOption.CASCADE), null));
	}

	// Constraints

	public void addPrimaryKey(String constraint, String table, String... columns) {
		addConstraint(table, PrimaryKey.of(columns).named(constraint));
	}

	public void addUniqueConstraint(String constraint, String table, String... columns) {
		addConstraint(table, UniqueConstraint.of(columns).named(constraint));
	}

	public void addCheckConstraint(String constraint, String table, String condition) {
		addConstraint(table, CheckConstraint.of(condition).named(constraint));
	}

	/**
	 * {@code op.addForeignKey("fk_orders_user", "orders", ForeignKey.of("user_id", "users", "id"))}.
	 */
	public void addForeignKey(String constraint, String table, ForeignKey foreignKey) {
		addConstraint(table, foreignKey.named(constraint));
	}

	/** Adds a named constraint, checking existing rows. */
	public void addConstraint(String table, TableConstraint constraint) {
		run(new AddConstraint(name(table), qualify(constraint), false));
	}

	/**
	 * Adds a named check or foreign-key constraint {@code NOT VALID}: new rows are
	 * checked at once, existing rows only by a later {@link #validateConstraint}.
	 */
	public void addConstraintNotValid(String table, TableConstraint constraint) {
		run(new AddConstraint(name(table), qualify(constraint), true));
	}

	public void validateConstraint(String table, String constraint) {
		run(new ValidateConstraint(name(table), constraint));
	}

	/** Drops a constraint (including a primary key) by name. */
	public void dropConstraint(String constraint, String table, DropOption... options) {
		EnumSet<DropOption> set = options(options, "dropConstraint");
		run(new DropConstraint(name(table), constraint, set.contains(DropOption.IF_EXISTS),
				set.contains(DropOption.CASCADE), null));
	}

	// Sequences, schemas, enums, views

	public void createSequence(String sequence) {
		createSequence(sequence, s -> {
		});
	}

	public void createSequence(String sequence, Consumer<SequenceBuilder> options) {
		SequenceBuilder builder = new SequenceBuilder();
		options.accept(builder);
		run(builder.build(name(sequence)));
	}

	public void dropSequence(String sequence, DropOption... options) {
		EnumSet<DropOption> set = options(options, "dropSequence");
		run(new DropSequence(name(sequence), set.contains(DropOption.IF_EXISTS), set.contains(DropOption.CASCADE),
				null));
	}

	public void createSchema(String schemaName) {
		run(new CreateSchema(schemaName, false));
	}

	public void createSchemaIfNotExists(String schemaName) {
		run(new CreateSchema(schemaName, true));
	}

	public void dropSchema(String schemaName, DropOption... options) {
		EnumSet<DropOption> set = options(options, "dropSchema");
		run(new DropSchema(schemaName, set.contains(DropOption.IF_EXISTS), set.contains(DropOption.CASCADE)));
	}

	public void createEnum(String type, String... values) {
		run(new CreateEnum(name(type), Arrays.asList(values)));
	}

	public void dropEnum(String type, DropOption... options) {
		EnumSet<DropOption> set = options(options, "dropEnum");
		run(new DropEnum(name(type), set.contains(DropOption.IF_EXISTS), set.contains(DropOption.CASCADE), null));
	}

	/** Appends a label to an enum type. */
	public void addEnumValue(String type, String value) {
		addEnumValue(type, value, v -> {
		});
	}

	/**
	 * Adds a label at a position ({@code v -> v.before("sad")}) or only if missing
	 * ({@code v -> v.ifNotExists()}).
	 */
	public void addEnumValue(String type, String value, Consumer<EnumValueBuilder> options) {
		EnumValueBuilder builder = new EnumValueBuilder();
		options.accept(builder);
		run(builder.build(name(type), value));
	}

	public void renameEnumValue(String type, String value, String newValue) {
		run(new RenameEnumValue(name(type), value, newValue));
	}

	public void createView(String view, String query) {
		run(new CreateView(name(view), query, false, null));
	}

	/** {@code CREATE OR REPLACE VIEW}; irreversible, as the replaced query is unknown. */
	public void replaceView(String view, String query) {
		run(new CreateView(name(view), query, true, null));
	}

	/** {@code CREATE OR REPLACE VIEW}, reversible to {@code previousQuery}. */
	public void replaceView(String view, String query, String previousQuery) {
		run(new CreateView(name(view), query, true, Objects.requireNonNull(previousQuery, "previousQuery")));
	}

	public void dropView(String view, DropOption... options) {
		EnumSet<DropOption> set = options(options, "dropView");
		run(new DropView(name(view), set.contains(DropOption.IF_EXISTS), set.contains(DropOption.CASCADE), null));
	}

	// Data

	/**
	 * Inserts rows given as column-to-value maps, {@value BulkInsert#DEFAULT_BATCH_SIZE}
	 * per batch. Every row must have the same keys. Columns are rendered in sorted order,
	 * because the order of {@code Map.of} changes between JVM runs and the rendering
	 * feeds the revision's checksum.
	 */
	public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
		bulkInsert(table, rows, BulkInsert.DEFAULT_BATCH_SIZE);
	}

	public void bulkInsert(String table, List<? extends Map<String, ?>> rows, int batchSize) {
		Objects.requireNonNull(rows, "rows");
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("bulkInsert into " + table + " got no rows");
		}
		List<String> columns = new ArrayList<>(new TreeSet<>(rows.get(0).keySet()));
		List<List<?>> values = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Map<String, ?> row = rows.get(i);
			if (!row.keySet().equals(new TreeSet<>(columns))) {
				throw new IllegalArgumentException("bulkInsert into " + table + ": row " + i + " has columns "
						+ new TreeSet<>(row.keySet()) + " but row 0 has " + columns);
			}
			List<Object> ordered = new ArrayList<>(columns.size());
			for (String column : columns) {
				ordered.add(row.get(column));
			}
			values.add(ordered);
		}
		bulkInsert(table, columns, values, batchSize);
	}

	/** Inserts rows given as value lists in {@code columns} order. */
	public void bulkInsert(String table, List<String> columns, List<? extends List<?>> rows) {
		bulkInsert(table, columns, rows, BulkInsert.DEFAULT_BATCH_SIZE);
	}

	public void bulkInsert(String table, List<String> columns, List<? extends List<?>> rows, int batchSize) {
		List<List<Object>> copy = new ArrayList<>(rows.size());
		for (List<?> row : rows) {
			copy.add(Names.copyValues(row));
		}
		run(new BulkInsert(name(table), columns, copy, batchSize));
	}

	private ObjectName name(String objectName) {
		return new ObjectName(schema, Objects.requireNonNull(objectName, "name"));
	}

	private TableConstraint qualify(TableConstraint constraint) {
		return constraint instanceof ForeignKey fk ? fk.withDefaultSchema(schema) : constraint;
	}

	/**
	 * CONCURRENTLY exists only for indexes; anywhere else it would be silently ignored,
	 * so it is refused.
	 */
	private static EnumSet<DropOption> options(DropOption[] options, String method) {
		EnumSet<DropOption> set = EnumSet.noneOf(DropOption.class);
		set.addAll(Arrays.asList(options));
		if (set.contains(DropOption.CONCURRENTLY)) {
			throw new IllegalArgumentException(method + " does not support CONCURRENTLY (only dropIndex does)");
		}
		return set;
	}

}

package dev.migrate.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.migrate.ops.CheckConstraint;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Deferrable;
import dev.migrate.ops.ForeignKey;
import dev.migrate.ops.Identity;
import dev.migrate.ops.IndexElement;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.ops.ReferentialAction;
import dev.migrate.ops.ServerDefault;
import dev.migrate.internal.execution.JdbcOperationExecutor;
import dev.migrate.internal.execution.RecordingOperationExecutor;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every operation applied to real PostgreSQL, read back through the catalog, then
 * reversed with {@code reverse()} and read back again. Each test uses its own objects;
 * the database lives for the class.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOperationsExecutionTest {

	private Connection connection;

	private JdbcOperationExecutor executor;

	private Catalog catalog;

	@BeforeAll
	void connect(TestDatabase database) throws SQLException {
		connection = database.connect();
		PostgresDialect dialect = PostgresDialect.forConnection(connection);
		executor = new JdbcOperationExecutor(connection, dialect);
		catalog = new Catalog(connection);
	}

	@AfterAll
	void close() throws SQLException {
		connection.close();
	}

	@Test
	void createTableWithEverythingThenReverseAndReverseAgain() {
		apply(op -> op.createTable("ex_parents", t -> t.column("id", ColumnType.BIGINT, c -> c.primaryKey())));
		List<Operation> ops = apply(op -> op.createTable("ex_children",
				t -> t.column("id", ColumnType.BIGINT, c -> c.identity().primaryKey().comment("key"))
					.column("parent_id", ColumnType.BIGINT, c -> c.notNull())
					.column("code", ColumnType.varchar(10), c -> c.notNull().unique())
					.column("qty", ColumnType.INTEGER, c -> c.notNull().defaultValue(1))
					.column("price", ColumnType.numeric(12, 2))
					.column("tags", ColumnType.TEXT.array())
					.column("doc", ColumnType.JSONB)
					.column("ref", ColumnType.UUID)
					.column("blob", ColumnType.BYTEA)
					.column("at", ColumnType.TIMESTAMPTZ, c -> c.defaultExpression("now()"))
					.column("day", ColumnType.DATE)
					.column("clock", ColumnType.TIME)
					.column("local", ColumnType.TIMESTAMP)
					.column("flag", ColumnType.BOOLEAN)
					.column("small", ColumnType.SMALLINT)
					.column("ratio", ColumnType.DOUBLE)
					.check("qty > 0")
					.foreignKey(ForeignKey.of("parent_id", "ex_parents", "id")
						.onDelete(ReferentialAction.CASCADE)
						.deferrable(Deferrable.DEFERRABLE_INITIALLY_DEFERRED)
						.named("fk_children_parent"))
					.comment("children of parents")));

		assertThat(catalog.columns("public", "ex_children")).containsExactly("id", "parent_id", "code", "qty", "price",
				"tags", "doc", "ref", "blob", "at", "day", "clock", "local", "flag", "small", "ratio");
		assertThat(catalog.column("public", "ex_children", "id"))
			.isEqualTo(new Catalog.ColumnInfo("bigint", true, null, "d", "key"));
		assertThat(catalog.column("public", "ex_children", "code").type()).isEqualTo("character varying(10)");
		assertThat(catalog.column("public", "ex_children", "qty"))
			.isEqualTo(new Catalog.ColumnInfo("integer", true, "1", "", null));
		assertThat(catalog.column("public", "ex_children", "price").type()).isEqualTo("numeric(12,2)");
		assertThat(catalog.column("public", "ex_children", "tags").type()).isEqualTo("text[]");
		assertThat(catalog.column("public", "ex_children", "at"))
			.isEqualTo(new Catalog.ColumnInfo("timestamp with time zone", false, "now()", "", null));
		assertThat(List.of("doc", "ref", "blob", "day", "clock", "local", "flag", "small", "ratio"))
			.extracting(c -> catalog.column("public", "ex_children", c).type())
			.containsExactly("jsonb", "uuid", "bytea", "date", "time without time zone", "timestamp without time zone",
					"boolean", "smallint", "double precision");
		assertThat(catalog.constraints("public", "ex_children")).containsOnly(
				entry("ex_children_pkey", "PRIMARY KEY (id)"), entry("ex_children_code_key", "UNIQUE (code)"),
				entry("ex_children_qty_check", "CHECK ((qty > 0))"),
				entry("fk_children_parent", "FOREIGN KEY (parent_id) REFERENCES ex_parents(id) ON DELETE CASCADE"
						+ " DEFERRABLE INITIALLY DEFERRED"));
		assertThat(catalog.tableComment("public", "ex_children")).isEqualTo("children of parents");

		applyReversed(ops);
		assertThat(catalog.tableExists("public", "ex_children")).isFalse();

		executor.apply(ops.get(0).reverse().reverse());
		assertThat(catalog.tableExists("public", "ex_children")).isTrue();
		assertThat(catalog.constraints("public", "ex_children")).hasSize(4);
	}

	@Test
	void serialAndIdentityColumns() {
		apply(op -> op.createTable("ex_serial", t -> t.column("a", ColumnType.SERIAL)
			.column("b", ColumnType.BIGSERIAL)
			.column("c", ColumnType.INTEGER, c -> c.identity(Identity.always().startWith(100).incrementBy(10)))));
		assertThat(catalog.column("public", "ex_serial", "a").defaultExpression())
			.isEqualTo("nextval('ex_serial_a_seq'::regclass)");
		assertThat(catalog.column("public", "ex_serial", "b").type()).isEqualTo("bigint");
		assertThat(catalog.column("public", "ex_serial", "c").identity()).isEqualTo("a");
		assertThat(catalog.sequenceDefinition("public", "ex_serial_c_seq")).startsWith("100 10 ");
	}

	@Test
	void renameTableBothWays() {
		apply(op -> op.createTable("ex_before", t -> t.column("a", ColumnType.INTEGER)));
		List<Operation> ops = apply(op -> op.renameTable("ex_before", "ex_after"));
		assertThat(catalog.tableExists("public", "ex_after")).isTrue();
		assertThat(catalog.tableExists("public", "ex_before")).isFalse();
		applyReversed(ops);
		assertThat(catalog.tableExists("public", "ex_before")).isTrue();
	}

	@Test
	void addColumnAndDropItByReversal() {
		apply(op -> op.createTable("ex_add", t -> t.column("id", ColumnType.INTEGER)));
		List<Operation> ops = apply(op -> op.addColumn("ex_add", "status", ColumnType.TEXT,
				c -> c.notNull().defaultValue("it's new").comment("lifecycle")));
		assertThat(catalog.column("public", "ex_add", "status"))
			.isEqualTo(new Catalog.ColumnInfo("text", true, "'it''s new'::text", "", "lifecycle"));
		applyReversed(ops);
		assertThat(catalog.column("public", "ex_add", "status")).isNull();
		executor.apply(ops.get(0).reverse().reverse());
		assertThat(catalog.column("public", "ex_add", "status")).isNotNull();
	}

	@Test
	void renameColumnBothWays() {
		apply(op -> op.createTable("ex_rename_col", t -> t.column("a", ColumnType.INTEGER)));
		List<Operation> ops = apply(op -> op.renameColumn("ex_rename_col", "a", "b"));
		assertThat(catalog.columns("public", "ex_rename_col")).containsExactly("b");
		applyReversed(ops);
		assertThat(catalog.columns("public", "ex_rename_col")).containsExactly("a");
	}

	@Test
	void alterTypeWithUsingNullabilityDefaultAndCommentThenReverse() throws SQLException {
		apply(op -> op.createTable("ex_alter", t -> t.column("price", ColumnType.TEXT)));
		execute("INSERT INTO ex_alter VALUES ('12.50')");
		List<Operation> ops = apply(op -> op.alterColumn("ex_alter", "price",
				c -> c.type(ColumnType.numeric(10, 2), "price::numeric")
					.existingType(ColumnType.TEXT)
					.nullable(false)
					.serverDefault(ServerDefault.value(0))
					.comment("in euros")));
		assertThat(catalog.column("public", "ex_alter", "price"))
			.isEqualTo(new Catalog.ColumnInfo("numeric(10,2)", true, "0", "", "in euros"));

		applyReversed(ops);
		assertThat(catalog.column("public", "ex_alter", "price"))
			.isEqualTo(new Catalog.ColumnInfo("text", false, null, "", null));
		assertThat(queryString("SELECT price FROM ex_alter")).isEqualTo("12.50");
	}

	@Test
	void setAndDropServerDefaultExpression() {
		apply(op -> op.createTable("ex_default", t -> t.column("at", ColumnType.TIMESTAMPTZ)));
		apply(op -> op.setServerDefault("ex_default", "at", ServerDefault.expression("now()")));
		assertThat(catalog.column("public", "ex_default", "at").defaultExpression()).isEqualTo("now()");
		apply(op -> op.dropServerDefault("ex_default", "at"));
		assertThat(catalog.column("public", "ex_default", "at").defaultExpression()).isNull();
	}

	@Test
	void identityAddedToAnExistingColumnAndDroppedByReversal() {
		apply(op -> op.createTable("ex_identity", t -> t.column("id", ColumnType.BIGINT, c -> c.notNull())));
		List<Operation> ops = apply(op -> op.addIdentity("ex_identity", "id"));
		assertThat(catalog.column("public", "ex_identity", "id").identity()).isEqualTo("d");
		applyReversed(ops);
		assertThat(catalog.column("public", "ex_identity", "id").identity()).isEmpty();
	}

	@Test
	void tableCommentSetAndRemoved() {
		apply(op -> op.createTable("ex_comment", t -> t.column("a", ColumnType.INTEGER)));
		List<Operation> ops = apply(op -> op.setTableComment("ex_comment", "C:\\temp 'quoted'"));
		assertThat(catalog.tableComment("public", "ex_comment")).isEqualTo("C:\\temp 'quoted'");
		applyReversed(ops);
		assertThat(catalog.tableComment("public", "ex_comment")).isNull();
	}

	@Test
	void indexesOfEveryKindAndTheirReversal() {
		apply(op -> op.createTable("ex_index",
				t -> t.column("email", ColumnType.TEXT)
					.column("org", ColumnType.INTEGER)
					.column("deleted_at", ColumnType.TIMESTAMPTZ)
					.column("doc", ColumnType.JSONB)));
		List<Operation> ops = apply(op -> {
			op.createIndex("ix_ex_plain", "ex_index", "email");
			op.createIndex("ux_ex_multi", "ex_index", i -> i.columns("org", "email").unique());
			op.createIndex("ix_ex_expr", "ex_index",
					i -> i.expression("lower(email)").element(IndexElement.column("org").desc()));
			op.createIndex("ix_ex_partial", "ex_index", i -> i.columns("email").where("deleted_at IS NULL"));
			op.createIndex("ix_ex_gin", "ex_index", i -> i.columns("doc").using("gin").concurrently());
			op.createIndex("ix_ex_plain", "ex_index", i -> i.columns("org").ifNotExists());
		});
		assertThat(catalog.indexDefinition("public", "ix_ex_plain"))
			.isEqualTo("CREATE INDEX ix_ex_plain ON public.ex_index USING btree (email)");
		assertThat(catalog.indexDefinition("public", "ux_ex_multi"))
			.isEqualTo("CREATE UNIQUE INDEX ux_ex_multi ON public.ex_index USING btree (org, email)");
		assertThat(catalog.indexDefinition("public", "ix_ex_expr"))
			.isEqualTo("CREATE INDEX ix_ex_expr ON public.ex_index USING btree (lower(email), org DESC)");
		assertThat(catalog.indexDefinition("public", "ix_ex_partial"))
			.isEqualTo("CREATE INDEX ix_ex_partial ON public.ex_index USING btree (email) WHERE (deleted_at IS NULL)");
		assertThat(catalog.indexDefinition("public", "ix_ex_gin"))
			.isEqualTo("CREATE INDEX ix_ex_gin ON public.ex_index USING gin (doc)");

		// The IF NOT EXISTS create found the index and did nothing, so its reverse is
		// skipped: it would
		// drop the plain index a second time.
		applyReversed(ops.subList(0, 5));
		for (String index : List.of("ix_ex_plain", "ux_ex_multi", "ix_ex_expr", "ix_ex_partial", "ix_ex_gin")) {
			assertThat(catalog.indexDefinition("public", index)).as(index).isNull();
		}
	}

	@Test
	void constraintsAddedValidatedDroppedAndReversed() {
		apply(op -> {
			op.createTable("ex_owner", t -> t.column("id", ColumnType.INTEGER, c -> c.notNull()));
			op.createTable("ex_owned",
					t -> t.column("id", ColumnType.INTEGER, c -> c.notNull())
						.column("owner_id", ColumnType.INTEGER)
						.column("qty", ColumnType.INTEGER));
		});
		execute("INSERT INTO ex_owner VALUES (1)");
		execute("INSERT INTO ex_owned VALUES (1, 1, 5)");
		List<Operation> ops = apply(op -> {
			op.addPrimaryKey("pk_ex_owner", "ex_owner", "id");
			op.addPrimaryKey("pk_ex_owned", "ex_owned", "id");
			op.addUniqueConstraint("uq_ex_owned", "ex_owned", "owner_id", "qty");
			op.addCheckConstraint("ck_ex_qty", "ex_owned", "qty >= 0");
			op.addConstraintNotValid("ex_owned",
					ForeignKey.of("owner_id", "ex_owner", "id")
						.onDelete(ReferentialAction.SET_NULL)
						.onUpdate(ReferentialAction.CASCADE)
						.named("fk_ex_owner"));
			op.addConstraintNotValid("ex_owned", CheckConstraint.of("qty < 100").named("ck_ex_small"));
		});
		assertThat(catalog.constraints("public", "ex_owned")).containsOnly(entry("pk_ex_owned", "PRIMARY KEY (id)"),
				entry("uq_ex_owned", "UNIQUE (owner_id, qty)"), entry("ck_ex_qty", "CHECK ((qty >= 0))"),
				entry("fk_ex_owner",
						"FOREIGN KEY (owner_id) REFERENCES ex_owner(id) ON UPDATE CASCADE ON DELETE SET NULL"
								+ " NOT VALID [NOT VALID]"),
				entry("ck_ex_small", "CHECK ((qty < 100)) NOT VALID [NOT VALID]"));

		apply(op -> {
			op.validateConstraint("ex_owned", "fk_ex_owner");
			op.validateConstraint("ex_owned", "ck_ex_small");
		});
		assertThat(catalog.constraints("public", "ex_owned"))
			.containsEntry("fk_ex_owner",
					"FOREIGN KEY (owner_id) REFERENCES ex_owner(id) ON UPDATE CASCADE ON DELETE SET NULL")
			.containsEntry("ck_ex_small", "CHECK ((qty < 100))");

		applyReversed(ops);
		assertThat(catalog.constraints("public", "ex_owned")).isEmpty();
		assertThat(catalog.constraints("public", "ex_owner")).isEmpty();
	}

	@Test
	void dropConstraintByName() {
		apply(op -> op.createTable("ex_drop_con", t -> t.column("a", ColumnType.INTEGER, c -> c.unique())));
		apply(op -> op.dropConstraint("ex_drop_con_a_key", "ex_drop_con"));
		assertThat(catalog.constraints("public", "ex_drop_con")).isEmpty();
	}

	@Test
	void sequenceWithOptionsAndReversal() {
		List<Operation> ops = apply(op -> op.createSequence("ex_numbers",
				s -> s.as(ColumnType.INTEGER)
					.startWith(1000)
					.incrementBy(5)
					.minValue(1000)
					.maxValue(999_999)
					.cache(3)
					.cycle()));
		assertThat(catalog.sequenceDefinition("public", "ex_numbers")).isEqualTo("1000 5 1000 999999 3 t integer");
		applyReversed(ops);
		assertThat(catalog.sequenceExists("public", "ex_numbers")).isFalse();
	}

	@Test
	void schemaWithATableInsideAndReversal() {
		List<Operation> ops = apply(op -> {
			op.createSchema("ex_billing");
			op.inSchema("ex_billing")
				.createTable("invoices", t -> t.column("id", ColumnType.INTEGER, c -> c.primaryKey()));
			op.inSchema("ex_billing")
				.createIndex("ix_invoices_id_desc", "invoices", i -> i.element(IndexElement.column("id").desc()));
		});
		assertThat(catalog.tableExists("ex_billing", "invoices")).isTrue();
		assertThat(catalog.indexDefinition("ex_billing", "ix_invoices_id_desc")).isNotNull();
		applyReversed(ops);
		assertThat(catalog.schemaExists("ex_billing")).isFalse();
	}

	@Test
	void enumCreatedExtendedRenamedAndDropped() {
		List<Operation> created = apply(op -> op.createEnum("ex_mood", "sad", "happy"));
		apply(op -> {
			op.addEnumValue("ex_mood", "ok", v -> v.before("happy"));
			op.addEnumValue("ex_mood", "ecstatic", v -> v.after("happy"));
			op.addEnumValue("ex_mood", "sad", v -> v.ifNotExists());
		});
		List<Operation> renamed = apply(op -> op.renameEnumValue("ex_mood", "ok", "okay"));
		assertThat(catalog.enumLabels("public", "ex_mood")).containsExactly("sad", "okay", "happy", "ecstatic");
		applyReversed(renamed);
		assertThat(catalog.enumLabels("public", "ex_mood")).containsExactly("sad", "ok", "happy", "ecstatic");
		apply(op -> op.createTable("ex_feelings", t -> t.column("mood", ColumnType.named("ex_mood"))));
		assertThat(catalog.column("public", "ex_feelings", "mood").type()).isEqualTo("ex_mood");
		apply(op -> op.dropTable("ex_feelings"));
		applyReversed(created);
		assertThat(catalog.typeExists("public", "ex_mood")).isFalse();
	}

	@Test
	void viewCreatedReplacedAndDroppedByReversal() {
		apply(op -> op.createTable("ex_people",
				t -> t.column("id", ColumnType.INTEGER).column("active", ColumnType.BOOLEAN)));
		List<Operation> created = apply(op -> op.createView("ex_active", "SELECT id FROM ex_people WHERE active"));
		List<Operation> replaced = apply(op -> op.replaceView("ex_active", "SELECT id FROM ex_people WHERE NOT active",
				"SELECT id FROM ex_people WHERE active"));
		// pg_get_viewdef qualifies the column before PostgreSQL 16 (ex_people.active),
		// not after.
		assertThat(catalog.viewDefinition("public", "ex_active"))
			.containsPattern("WHERE \\(NOT (ex_people\\.)?active\\)");
		applyReversed(replaced);
		assertThat(catalog.viewDefinition("public", "ex_active")).doesNotContain("NOT")
			.containsPattern("WHERE (ex_people\\.)?active");
		applyReversed(created);
		assertThat(catalog.viewExists("public", "ex_active")).isFalse();
	}

	private List<Operation> apply(Consumer<Operations> body) {
		RecordingOperationExecutor recorder = new RecordingOperationExecutor();
		body.accept(new Operations(recorder));
		recorder.operations().forEach(executor::apply);
		return recorder.operations();
	}

	private void applyReversed(List<Operation> operations) {
		for (int i = operations.size() - 1; i >= 0; i--) {
			executor.apply(operations.get(i).reverse());
		}
	}

	private void execute(String sql) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String queryString(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}

package dev.migrate.schema;

import dev.migrate.internal.schema.PostgresSchemaReflector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Deferrable;
import dev.migrate.ops.Identity;
import dev.migrate.ops.IndexElement;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationExecutor;
import dev.migrate.ops.Operations;
import dev.migrate.ops.ReferentialAction;
import dev.migrate.ops.ServerDefault;
import dev.migrate.internal.execution.JdbcOperationExecutor;
import dev.migrate.internal.schema.diff.CompareOptions;
import dev.migrate.internal.schema.diff.DriftReport;
import dev.migrate.internal.schema.diff.SchemaComparator;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every kind of object the operations API creates, applied to PostgreSQL through
 * {@link Operations} and the PostgreSQL dialect, then reflected: the reflected model must
 * equal the model the operations describe (compared by {@link SchemaComparator}, so
 * spelling differences count for nothing and everything else does), and after the
 * operations are reversed the schema must reflect as empty.
 */
@PostgresTest
class OperationsReflectionRoundTripTest {

	private static final String SCHEMA = "inventory";

	@Test
	void everyOperationKindReflectsAsDescribedAndReversesToNothing(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			List<Operation> applied = new ArrayList<>();
			JdbcOperationExecutor jdbc = new JdbcOperationExecutor(connection,
					PostgresDialect.forConnection(connection));
			Operations op = new Operations(new OperationExecutor() {
				@Override
				public void apply(Operation operation) {
					jdbc.apply(operation);
					applied.add(operation);
				}

				@Override
				public Connection connection() {
					return connection;
				}
			}).inSchema(SCHEMA);
			connection.createStatement().execute("CREATE SCHEMA " + SCHEMA);
			applyEveryKind(op);

			SchemaModel reflected = new PostgresSchemaReflector().reflect(connection, List.of(SCHEMA));
			DriftReport report = new SchemaComparator(CompareOptions.defaults().withDefaultSchema(SCHEMA))
				.compare(expected(), reflected);
			assertThat(report.isEmpty()).as(report.toText()).isTrue();
			assertThat(reflected.enumTypes())
				.containsExactly(new EnumType(SCHEMA, "mood", List.of("sad", "ok", "happy")));
			assertThat(reflected.sequences())
				.contains(new Sequence(SCHEMA, "invoice_numbers", "integer", 1000, 5, null));
			Table customers = reflected.table(SCHEMA, "customers").orElseThrow();
			assertThat(customers.column("id").orElseThrow().identity()).isEqualTo(ColumnIdentity.ALWAYS);
			assertThat(customers.column("mood").orElseThrow().type()).isEqualTo(SCHEMA + ".mood");
			assertThat(reflected.table(SCHEMA, "orders").orElseThrow().foreignKeys()).singleElement()
				.satisfies(fk -> assertThat(fk.deferrable() && fk.initiallyDeferred()).isTrue());

			for (int i = applied.size() - 1; i >= 0; i--) {
				jdbc.apply(applied.get(i).reverse());
			}
			SchemaModel afterReverse = new PostgresSchemaReflector().reflect(connection, List.of(SCHEMA));
			assertThat(afterReverse.tables()).isEmpty();
			assertThat(afterReverse.sequences()).isEmpty();
			assertThat(afterReverse.enumTypes()).isEmpty();
		}
	}

	private static void applyEveryKind(Operations op) {
		op.createEnum("mood", "sad", "ok", "happy");
		op.createSequence("invoice_numbers", s -> s.as(ColumnType.INTEGER).startWith(1000).incrementBy(5));
		op.createTable("customers",
				t -> t.column("id", ColumnType.BIGINT, c -> c.identity(Identity.always()).primaryKey())
					.column("email", ColumnType.varchar(320), c -> c.notNull().unique().comment("login address"))
					.column("name", ColumnType.TEXT)
					.column("country", ColumnType.raw("char(2)"), c -> c.defaultValue("NL"))
					.column("tags", ColumnType.TEXT.array())
					.column("balance", ColumnType.numeric(12, 2), c -> c.notNull().defaultValue(0))
					.column("created_at", ColumnType.TIMESTAMPTZ, c -> c.notNull().defaultExpression("now()"))
					.column("mood", ColumnType.named(dev.migrate.ops.ObjectName.of(SCHEMA, "mood")))
					.comment("people who buy"));
		op.addCheckConstraint("ck_customers_balance", "customers", "balance >= 0");
		op.createTable("orders",
				t -> t.column("id", ColumnType.SERIAL, c -> c.primaryKey())
					.column("customer_id", ColumnType.BIGINT, c -> c.notNull())
					.column("number", ColumnType.INTEGER, c -> c.notNull())
					.column("placed_on", ColumnType.DATE));
		op.addUniqueConstraint("uk_orders_number", "orders", "customer_id", "number");
		op.addForeignKey("fk_orders_customer", "orders",
				dev.migrate.ops.ForeignKey.of("customer_id", "customers", "id")
					.onDelete(ReferentialAction.CASCADE)
					.deferrable(Deferrable.DEFERRABLE_INITIALLY_DEFERRED));
		op.createIndex("ix_orders_placed", "orders",
				i -> i.element(IndexElement.column("placed_on").desc()).where("placed_on IS NOT NULL"));
		op.createIndex("ux_customers_lower_name", "customers", i -> i.expression("lower(name)").unique());
		op.createIndex("ix_customers_tags", "customers", i -> i.columns("tags").using("gin"));
		op.addColumn("orders", "note", ColumnType.varchar(100));
		op.alterColumn("orders", "note",
				c -> c.type(ColumnType.varchar(500))
					.existingType(ColumnType.varchar(100))
					.nullable(false)
					.serverDefault(ServerDefault.value("none"))
					.comment("for the courier"));
		op.setTableComment("orders", "what was bought");
	}

	private static SchemaModel expected() {
		Table customers = Table.builder(SCHEMA, "customers")
			.column(new Column("id", "bigint", false, null, ColumnIdentity.ALWAYS, null, null))
			.column(new Column("email", "varchar(320)", false, null, null, null, "login address"))
			.column("name", "text", true)
			.column(new Column("country", "char(2)", true, "'NL'", null, null, null))
			.column("tags", "text[]", true)
			.column(new Column("balance", "numeric(12,2)", false, "0", null, null, null))
			.column(new Column("created_at", "timestamptz", false, "now()", null, null, null))
			.column("mood", SCHEMA + ".mood", true)
			.primaryKey("id")
			.unique(new UniqueConstraint(null, List.of("email")))
			.check(new CheckConstraint("ck_customers_balance", "balance >= 0"))
			.index(new Index("ux_customers_lower_name", true, List.of("lower(name)"), "btree", null))
			.index(new Index("ix_customers_tags", false, List.of("tags"), "gin", null))
			.comment("people who buy")
			.build();
		Table orders = Table.builder(SCHEMA, "orders")
			.column(Column.of("id", "serial", false))
			.column("customer_id", "bigint", false)
			.column("number", "int4", false)
			.column("placed_on", "date", true)
			.column(new Column("note", "varchar(500)", false, "'none'", null, null, "for the courier"))
			.primaryKey("id")
			.unique(new UniqueConstraint("uk_orders_number", List.of("customer_id", "number")))
			.foreignKey(new ForeignKey("fk_orders_customer", List.of("customer_id"), SCHEMA, "customers", List.of("id"),
					ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, true, true))
			.index(new Index("ix_orders_placed", false, List.of("placed_on DESC"), "btree", "placed_on IS NOT NULL"))
			.comment("what was bought")
			.build();
		return new SchemaModel(Set.of(SCHEMA), List.of(customers, orders),
				List.of(new Sequence(SCHEMA, "invoice_numbers", "integer", 1000, 5, null)), List.of());
	}

}

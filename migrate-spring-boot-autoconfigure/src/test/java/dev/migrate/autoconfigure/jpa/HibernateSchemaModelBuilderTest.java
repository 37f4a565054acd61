package dev.migrate.autoconfigure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnIdentity;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.ops.ReferentialAction;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the builder reads from Hibernate's boot metadata for each kind of mapping; no
 * database involved.
 */
class HibernateSchemaModelBuilderTest {

	private static final SchemaModel MODEL = new HibernateSchemaModelBuilder().build(ShopModel.classNames(),
			ShopModel.SPRING_NAMING);

	private static Table table(String name) {
		return MODEL.table(null, name).orElseThrow(() -> new AssertionError("no table " + name));
	}

	private static Column column(String table, String column) {
		return table(table).column(column).orElseThrow(() -> new AssertionError("no column " + table + "." + column));
	}

	private static List<String> targets(String table) {
		return table(table).foreignKeys()
			.stream()
			.map(fk -> String.join(",", fk.columns()) + "->" + fk.targetTable())
			.sorted()
			.toList();
	}

	@Test
	void everyMappedTableIsThereAndNothingElse() {
		assertThat(MODEL.tables()).extracting(Table::name)
			.containsExactlyInAnyOrder("events", "attachment", "cart", "cart_item", "category", "country", "coupon",
					"credit_note", "currency", "customer", "department", "employee", "employee_skill", "exchange_rate",
					"freight_shipment", "invoice", "line_total", "login_session", "measurement", "member",
					"member_profile", "newsletter", "newsletter_recipients", "notification", "order_coupon_code",
					"order_line", "orders", "parcel_shipment", "payment", "pickup_shipment", "price_history", "product",
					"product_category", "product_tag", "project", "project_member", "region", "review", "role",
					"setting", "shipment", "stock_item", "supplier", "supplier_contact", "tag", "user", "user_role",
					"warehouse", "warehouse_opening_hours", "wishlist", "wishlist_product");
		assertThat(MODEL.table("audit", "events")).isPresent();
		assertThat(MODEL.schemas()).containsExactly("audit");
	}

	@Test
	void beanValidationConstraintsApplyAsInHibernatesDdlUnlessSwitchedOff() {
		assertThat(column("member", "display_name")).isEqualTo(Column.of("display_name", "varchar(80)", false));
		assertThat(column("member", "email")).isEqualTo(Column.of("email", "varchar(320)", false));
		assertThat(column("member", "joined_on").nullable()).isFalse();
		assertThat(column("member", "credit").type()).isEqualTo("numeric(10,2)");
		// One check for both, as Hibernate writes them (in Bean Validation's order).
		assertThat(table("member").checks()).filteredOn(check -> check.columns().equals(List.of("age")))
			.singleElement()
			.satisfies(check -> assertThat(check.expression()).contains("(age>=0)", " and ", "(age<=150)"));
		assertThat(column("member_profile", "biography").type()).isEqualTo("varchar(2000)");

		Map<String, Object> off = new java.util.HashMap<>(ShopModel.SPRING_NAMING);
		off.put("jakarta.persistence.validation.mode", "none");
		Table member = new HibernateSchemaModelBuilder().build(ShopModel.classNames(), off)
			.table(null, "member")
			.orElseThrow();
		assertThat(member.column("display_name")).contains(Column.of("display_name", "varchar(255)", true));
		assertThat(member.column("credit").orElseThrow().type()).isEqualTo("numeric(38,2)");
		assertThat(member.checks()).extracting(CheckConstraint::expression).doesNotContain("age>=0", "age<=150");
	}

	@Test
	void compositePrimaryKeysAreInHibernatesColumnOrder() {
		assertThat(table("user_role").primaryKey().columns()).containsExactly("role_id", "user_id");
		assertThat(table("price_history").primaryKey().columns()).containsExactly("valid_from", "product_id");
	}

	@Test
	void columnsCarryHibernatesPostgresTypesNullabilityAndLengths() {
		assertThat(column("customer", "id").identity()).isEqualTo(ColumnIdentity.BY_DEFAULT);
		assertThat(column("customer", "email"))
			.isEqualTo(new Column("email", "varchar(320)", false, null, ColumnIdentity.NONE, null, "login address"));
		assertThat(column("customer", "billing_country").type()).isEqualTo("char(2)");
		assertThat(column("customer", "created_at").type()).isEqualTo("timestamp(6) with time zone");
		assertThat(column("product", "price").type()).isEqualTo("numeric(12,2)");
		assertThat(column("product", "keywords").type()).isEqualTo("varchar(255) array");
		assertThat(column("product", "attributes").type()).isEqualTo("jsonb");
		assertThat(column("orders", "id").type()).isEqualTo("uuid");
		assertThat(column("orders", "status").type()).isEqualTo("smallint");
		assertThat(column("measurement", "reading").type()).isEqualTo("float(53)");
		assertThat(column("measurement", "taken_at").type()).isEqualTo("timestamp(6)");
		assertThat(column("attachment", "content").type()).isEqualTo("bytea");
		assertThat(column("coupon", "active").defaultValue()).isEqualTo("true");
		assertThat(column("line_total", "total").generatedAs()).isEqualTo("price * quantity");
		assertThat(column("user", "order").type()).isEqualTo("integer");
		assertThat(table("customer").comment()).isEqualTo("people who buy");
		assertThat(column("orders", "customer_id").nullable()).isFalse();
		assertThat(column("shipment", "order_id").nullable()).isTrue();
	}

	@Test
	void embeddablesAndMappedSuperclassesContributeColumns() {
		assertThat(table("customer").columns()).extracting(Column::name)
			.contains("billing_street", "billing_city", "street", "city", "postal_code", "country");
		assertThat(table("supplier").columns()).extracting(Column::name).contains("created_at", "updated_at");
		assertThat(table("warehouse_opening_hours").columns()).extracting(Column::name)
			.containsExactlyInAnyOrder("warehouse_id", "position", "day_of_week", "opens", "closes");
	}

	@Test
	void inheritanceStrategiesShapeTheTables() {
		assertThat(table("payment").columns()).extracting(Column::name)
			.contains("kind", "card_last4", "iban", "voucher_code");
		assertThat(targets("parcel_shipment")).containsExactly("id->shipment");
		assertThat(targets("freight_shipment")).containsExactly("shipment_id->shipment");
		assertThat(MODEL.table(null, "document")).isEmpty();
		assertThat(table("invoice").columns()).extracting(Column::name).contains("id", "issued_on", "number");
	}

	@Test
	void associationsBecomeForeignKeysAndJoinTables() {
		assertThat(targets("order_line")).containsExactly("order_id->orders", "product_id->product");
		assertThat(targets("product_category")).containsExactly("categories_id->category", "product_id->product");
		assertThat(targets("product_tag")).containsExactly("product_id->product", "tag_id->tag");
		assertThat(targets("user_role")).containsExactly("role_id->role", "user_id->user");
		assertThat(targets("stock_item")).containsExactly("product_id->product", "warehouse_id->warehouse");
		assertThat(targets("supplier_contact")).containsExactly("supplier_id->supplier");
		assertThat(targets("exchange_rate")).containsExactly("source_code->currency", "target_code->currency");
		assertThat(targets("employee_skill")).containsExactly("employee_id->employee");
		assertThat(targets("notification")).isEmpty();
		assertThat(table("review").foreignKeys())
			.contains(new ForeignKey("fk_review_author", List.of("author_id"), null, "customer", List.of("id"),
					ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false));
		assertThat(table("review").foreignKeys()).filteredOn(fk -> fk.columns().equals(List.of("product_id")))
			.singleElement()
			.extracting(ForeignKey::onDelete)
			.isEqualTo(ReferentialAction.CASCADE);
	}

	@Test
	void uniqueConstraintsIndexesAndChecks() {
		assertThat(table("product").uniques()).containsExactly(new UniqueConstraint("uk_product_sku", List.of("sku")));
		assertThat(table("customer").uniques()).extracting(UniqueConstraint::columns).containsExactly(List.of("email"));
		assertThat(table("country").uniques()).extracting(UniqueConstraint::columns)
			.containsExactly(List.of("iso_numeric"));
		assertThat(table("cart").uniques()).extracting(UniqueConstraint::columns)
			.containsExactly(List.of("customer_id"));
		assertThat(table("order_line").uniques())
			.containsExactly(new UniqueConstraint("uk_order_line_product", List.of("order_id", "product_id")));
		assertThat(table("customer").indexes()).containsExactly(Index.of("ix_customer_name", false, List.of("name")));
		assertThat(table("review").indexes())
			.containsExactly(Index.of("ix_review_written", false, List.of("written_at DESC")));
		assertThat(table("review").checks())
			.contains(new CheckConstraint("ck_review_rating", "rating between 1 and 5"));
		// Unnamed in the entities: named by the naming convention when autogenerated.
		assertThat(table("customer").checks()).extracting(CheckConstraint::name, CheckConstraint::columns)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, List.of("status")));
		assertThat(table("orders").checks())
			.containsExactly(new CheckConstraint(null, "status between 0 and 3", List.of("status")));
		assertThat(table("orders").foreignKeys()).extracting(ForeignKey::name).containsOnlyNulls();
	}

	@Test
	void sequenceGeneratorsBecomeSequences() {
		assertThat(MODEL.sequences()).containsExactlyInAnyOrder(
				new Sequence(null, "product_seq", "bigint", 1, 50, null),
				new Sequence(null, "document_seq", "bigint", 1, 10, null),
				new Sequence(null, "member_seq", "bigint", 1, 50, null));
	}

	@Test
	void theDefaultSchemaSettingPlacesUnqualifiedObjects() {
		SchemaModel model = new HibernateSchemaModelBuilder().build(ShopModel.classNames(),
				Map.of("hibernate.default_schema", "shop", "hibernate.physical_naming_strategy",
						ShopModel.SPRING_NAMING.get("hibernate.physical_naming_strategy")));
		assertThat(model.table("shop", "orders")).isPresent();
		assertThat(model.table("audit", "events")).isPresent();
		assertThat(model.table("shop", "order_line").orElseThrow().foreignKeys()).extracting(ForeignKey::targetSchema)
			.containsOnly("shop");
		assertThat(model.sequences()).extracting(Sequence::schema).containsOnly("shop");
	}

	@Test
	void namingFollowsTheGivenSettings() {
		SchemaModel hibernateDefaults = new HibernateSchemaModelBuilder().build(ShopModel.classNames(), Map.of());
		assertThat(hibernateDefaults.table(null, "orderline")).isPresent();
		assertThat(hibernateDefaults.table(null, "orderline").orElseThrow().column("unitprice")).isPresent();
	}

}

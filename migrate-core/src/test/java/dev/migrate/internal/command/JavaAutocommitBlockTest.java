package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.NonTransactionalRevisionException;
import dev.migrate.Revision;
import dev.migrate.TransactionMode;
import dev.migrate.Transactional;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.DropOption;
import dev.migrate.ops.Operations;
import dev.migrate.result.AppliedStep;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: {@code op.autocommitBlock(...)} in Java revisions. A revision declared
 * {@code Transactional.TRUE} may build an index concurrently inside the block (outside it
 * the same revision is refused, see {@code JavaRevisionTest}); revisions that could not
 * honour a block are refused before anything runs.
 */
@PostgresTest
class JavaAutocommitBlockTest {

	@Revision(id = "b0001", message = "orders")
	public static final class CreateOrders implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL)");
			op.execute("INSERT INTO orders SELECT g, g % 7 FROM generate_series(1, 50) g");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DROP TABLE orders");
		}

	}

	@Revision(id = "b0002", revises = "b0001", message = "customer ref, indexed concurrently",
			transactional = Transactional.TRUE)
	public static final class IndexCustomerRef implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("orders", "customer_ref", ColumnType.INTEGER);
			op.autocommitBlock(() -> op.createIndex("ix_orders_customer_ref", "orders",
					i -> i.columns("customer_ref").concurrently()));
			op.execute("UPDATE orders SET customer_ref = customer_id");
		}

		@Override
		public void downgrade(Operations op) {
			op.autocommitBlock(
					() -> op.dropIndex("ix_orders_customer_ref", DropOption.CONCURRENTLY, DropOption.IF_EXISTS));
			op.dropColumn("orders", "customer_ref");
		}

	}

	@Revision(id = "b0002", revises = "b0001", message = "a block in a non-transactional revision",
			transactional = Transactional.FALSE)
	public static final class PointlessBlock implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("CREATE TABLE pointless (id int)");
			op.autocommitBlock(() -> op.execute("VACUUM orders"));
		}

	}

	@Revision(id = "b0002", revises = "b0001", message = "nested blocks")
	public static final class NestedBlocks implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("CREATE TABLE nested (id int)");
			op.autocommitBlock(() -> op.autocommitBlock(() -> op.execute("VACUUM orders")));
		}

	}

	@Revision(id = "b0002", revises = "b0001", message = "concurrent index outside the block")
	public static final class ConcurrentOutsideTheBlock implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createIndex("ix_orders_customer", "orders", i -> i.columns("customer_id").concurrently());
			op.autocommitBlock(() -> op.execute("VACUUM orders"));
		}

	}

	private TestDatabase db;

	@BeforeEach
	void createDatabase() throws Exception {
		this.db = TestDatabase.create();
	}

	@AfterEach
	void dropDatabase() throws Exception {
		this.db.close();
	}

	private static MigrateConfig.Builder config(TestDatabase db, Migration second) {
		return Fixtures.config(db, "none").locations(List.of()).migrations(List.of(new CreateOrders(), second));
	}

	@Test
	void aTransactionalRevisionBuildsAnIndexConcurrentlyInItsBlockAndDowngradesTheSameWay() throws Exception {
		Migrate migrate = Migrate.create(config(db, new IndexCustomerRef()).build());

		assertThat(migrate.upgrade().applied()).extracting(AppliedStep::revision).containsExactly("b0001", "b0002");
		assertThat(Fixtures.query(db,
				"SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_orders_customer_ref'::regclass"))
			.containsExactly("t");
		assertThat(Fixtures.query(db, "SELECT count(*) FROM orders WHERE customer_ref IS DISTINCT FROM customer_id"))
			.containsExactly("0");
		assertThat(Fixtures.query(db, "SELECT success FROM migrate_history WHERE revision = 'b0002'"))
			.containsExactly("t");
		assertThat(Migrate.create(config(db, new IndexCustomerRef()).build()).verify().upToDate()).isTrue();

		migrate.downgrade("b0001");
		assertThat(
				Fixtures.query(db,
						"SELECT to_regclass('ix_orders_customer_ref') IS NULL, count(*) FROM "
								+ "information_schema.columns WHERE column_name = 'customer_ref'"))
			.containsExactly("t|0");
		assertThat(Fixtures.versions(db)).containsExactly("b0001");
	}

	@Test
	void offlineTheBlockIsWrittenBetweenCommitAndBegin() {
		StringWriter script = new StringWriter();
		Migrate.create(config(db, new IndexCustomerRef()).build()).upgradeSql("b0001:b0002", script);
		String text = script.toString();
		String step = text.substring(text.indexOf("-- Upgrade b0001 -> b0002"),
				text.indexOf("DO $migrate$", text.indexOf("-- Upgrade b0001 -> b0002")));
		assertThat(step).isEqualTo("""
				-- Upgrade b0001 -> b0002: b0002 (customer ref, indexed concurrently) [autocommit block]
				BEGIN;
				ALTER TABLE orders ADD COLUMN customer_ref integer;
				COMMIT;
				CREATE INDEX CONCURRENTLY ix_orders_customer_ref ON orders (customer_ref);
				BEGIN;
				UPDATE orders SET customer_ref = customer_id;
				""");
	}

	@Test
	void aBlockInARevisionThatRunsInAutocommitIsRefusedBeforeAnythingRuns() throws Exception {
		assertThatThrownBy(Migrate.create(config(db, new PointlessBlock()).build())::upgrade)
			.isInstanceOf(MigrateException.class)
			.hasMessageContaining("Revision b0002 is declared transactional = FALSE")
			.hasMessageContaining("Remove op.autocommitBlock(...)");
		assertThatThrownBy(Migrate.create(config(db, new ConcurrentOutsideTheBlock()).build())::upgrade)
			.isInstanceOf(MigrateException.class)
			.hasMessageContaining("Revision b0002 has an autocommit block, but its CreateIndex outside the block")
			.hasMessageContaining("Move the operation into the block");
		assertThatThrownBy(Migrate.create(config(db, new NestedBlocks()).build())::upgrade)
			.isInstanceOf(MigrateException.class)
			.hasMessageContaining("Revision b0002 opens an autocommit block inside another one");
		// b0001 comes first in each plan and did not run either.
		assertThat(Fixtures.query(db, "SELECT to_regclass('orders') IS NULL")).containsExactly("t");
	}

	@Test
	void transactionModeAllRefusesARevisionWithABlock() throws Exception {
		Migrate migrate = Migrate
			.create(config(db, new IndexCustomerRef()).transactionMode(TransactionMode.ALL).build());
		assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(NonTransactionalRevisionException.class, ex -> {
			assertThat(ex.revisions()).containsExactly("b0002");
			assertThat(ex.getMessage()).contains("cannot run revisions with an autocommit block",
					"transaction-mode per-revision");
		});
		assertThatThrownBy(() -> migrate.upgradeSql("b0002", new StringWriter()))
			.isInstanceOf(NonTransactionalRevisionException.class);
		assertThat(Fixtures.query(db, "SELECT to_regclass('orders') IS NULL")).containsExactly("t");
	}

}

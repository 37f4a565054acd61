package dev.migrate.internal.dialect;

import static dev.migrate.internal.dialect.Rendered.postgresOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.DropOption;
import dev.migrate.ops.IndexElement;
import dev.migrate.ops.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresIndexSqlTest {

	private final PostgresDialect dialect = new PostgresDialect();

	@Test
	void plainIndex() {
		assertThat(postgresOne(op -> op.createIndex("ix_users_email", "users", "email")))
			.isEqualTo("CREATE INDEX ix_users_email ON users (email)");
	}

	@Test
	void multiColumnUniqueIndex() {
		assertThat(
				postgresOne(op -> op.createIndex("ux_orders", "orders", i -> i.columns("user_id", "number").unique())))
			.isEqualTo("CREATE UNIQUE INDEX ux_orders ON orders (user_id, number)");
	}

	@Test
	void expressionAndDescendingKeys() {
		assertThat(postgresOne(op -> op.createIndex("ix_users_lower_email", "users",
				i -> i.expression("lower(email)").element(IndexElement.column("created_at").desc()))))
			.isEqualTo("CREATE INDEX ix_users_lower_email ON users ((lower(email)), created_at DESC)");
	}

	@Test
	void partialIndex() {
		assertThat(postgresOne(
				op -> op.createIndex("ix_active", "users", i -> i.columns("email").where("deleted_at IS NULL"))))
			.isEqualTo("CREATE INDEX ix_active ON users (email) WHERE deleted_at IS NULL");
	}

	@Test
	void concurrentlyIfNotExistsWithAccessMethod() {
		assertThat(postgresOne(op -> op.createIndex("ix_docs_body", "docs",
				i -> i.columns("body").using("gin").concurrently().ifNotExists())))
			.isEqualTo("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_docs_body ON docs USING gin (body)");
	}

	@Test
	void indexOnSchemaQualifiedTable() {
		assertThat(postgresOne(op -> op.inSchema("app").createIndex("ix_users_email", "users", "email")))
			.isEqualTo("CREATE INDEX ix_users_email ON app.users (email)");
	}

	@Test
	void dropIndexVariants() {
		assertThat(postgresOne(op -> op.dropIndex("ix_users_email"))).isEqualTo("DROP INDEX ix_users_email");
		assertThat(postgresOne(op -> op.dropIndex("ix_users_email", DropOption.CONCURRENTLY, DropOption.IF_EXISTS)))
			.isEqualTo("DROP INDEX CONCURRENTLY IF EXISTS ix_users_email");
		assertThat(postgresOne(op -> op.inSchema("app").dropIndex("ix_users_email", DropOption.CASCADE)))
			.isEqualTo("DROP INDEX app.ix_users_email CASCADE");
	}

	@Test
	void dropConcurrentlyCannotCascade() {
		assertThatThrownBy(() -> postgresOne(op -> op.dropIndex("ix", DropOption.CONCURRENTLY, DropOption.CASCADE)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("CONCURRENTLY");
	}

	@Test
	void indexWithoutKeysIsRefused() {
		assertThatThrownBy(() -> postgresOne(op -> op.createIndex("ix", "users")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least one");
	}

	@Test
	void reverseOfCreateIndexDropsItInTheTablesSchemaWithTheSameConcurrency() {
		Operation create = Rendered
			.operations(op -> op.inSchema("app").createIndex("ix_e", "users", i -> i.columns("email").concurrently()))
			.get(0);
		assertThat(dialect.render(create.reverse())).containsExactly("DROP INDEX CONCURRENTLY app.ix_e");
		assertThat(dialect.render(create.reverse().reverse()))
			.containsExactly("CREATE INDEX CONCURRENTLY ix_e ON app.users (email)");
	}

	@Test
	void concurrentIndexOperationsAreNotTransactional() {
		List<Operation> ops = Rendered.operations(op -> {
			op.createIndex("a", "t", i -> i.columns("x").concurrently());
			op.dropIndex("a", DropOption.CONCURRENTLY);
			op.createIndex("b", "t", "x");
			op.dropIndex("b");
		});
		assertThat(ops).extracting(dialect::isTransactional).containsExactly(false, false, true, true);
		assertThat(((CreateIndex) ops.get(0)).transactional()).isFalse();
	}

}

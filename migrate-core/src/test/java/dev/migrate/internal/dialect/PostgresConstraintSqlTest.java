package dev.migrate.internal.dialect;

import static dev.migrate.internal.dialect.Rendered.postgresOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.ops.CheckConstraint;
import dev.migrate.ops.Deferrable;
import dev.migrate.ops.DropOption;
import dev.migrate.ops.ForeignKey;
import dev.migrate.ops.ObjectName;
import dev.migrate.ops.Operation;
import dev.migrate.ops.ReferentialAction;
import dev.migrate.ops.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresConstraintSqlTest {

	@Test
	void uniqueConstraint() {
		assertThat(postgresOne(op -> op.addUniqueConstraint("uq_users_email", "users", "email")))
			.isEqualTo("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)");
	}

	@Test
	void checkConstraint() {
		assertThat(postgresOne(op -> op.addCheckConstraint("ck_price", "products", "price >= 0")))
			.isEqualTo("ALTER TABLE products ADD CONSTRAINT ck_price CHECK (price >= 0)");
	}

	@Test
	void foreignKeyWithActionsAndDeferrable() {
		assertThat(postgresOne(op -> op.addForeignKey("fk_orders_user", "orders",
				ForeignKey.of("user_id", "users", "id")
					.onDelete(ReferentialAction.CASCADE)
					.onUpdate(ReferentialAction.NO_ACTION)
					.deferrable(Deferrable.DEFERRABLE_INITIALLY_IMMEDIATE))))
			.isEqualTo("ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id)"
					+ " ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY IMMEDIATE");
	}

	@Test
	void compositeForeignKeyIntoAnotherSchema() {
		assertThat(postgresOne(op -> op.inSchema("sales")
			.addForeignKey("fk_x", "lines",
					ForeignKey.of(List.of("a", "b"), ObjectName.of("ref", "parents"), List.of("x", "y"))
						.onDelete(ReferentialAction.SET_DEFAULT)
						.deferrable(Deferrable.NOT_DEFERRABLE))))
			.isEqualTo("ALTER TABLE sales.lines ADD CONSTRAINT fk_x FOREIGN KEY (a, b) REFERENCES ref.parents (x, y)"
					+ " ON DELETE SET DEFAULT NOT DEFERRABLE");
	}

	@Test
	void unqualifiedReferenceFollowsTheFacadesSchema() {
		assertThat(postgresOne(
				op -> op.inSchema("sales").addForeignKey("fk", "orders", ForeignKey.of("c", "customers", "id"))))
			.isEqualTo("ALTER TABLE sales.orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES sales.customers (id)");
	}

	@Test
	void notValidThenValidate() {
		assertThat(postgresOne(
				op -> op.addConstraintNotValid("orders", CheckConstraint.of("total >= 0").named("ck_total"))))
			.isEqualTo("ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0) NOT VALID");
		assertThat(postgresOne(
				op -> op.addConstraintNotValid("orders", ForeignKey.of("user_id", "users", "id").named("fk_u"))))
			.isEqualTo("ALTER TABLE orders ADD CONSTRAINT fk_u FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID");
		assertThat(postgresOne(op -> op.validateConstraint("orders", "fk_u")))
			.isEqualTo("ALTER TABLE orders VALIDATE CONSTRAINT fk_u");
	}

	@Test
	void notValidIsRefusedForUniqueAndPrimaryKeys() {
		assertThatThrownBy(() -> postgresOne(op -> op.addConstraintNotValid("t", UniqueConstraint.of("a").named("u"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("check and foreign-key");
	}

	@Test
	void addedConstraintsNeedAName() {
		assertThatThrownBy(() -> postgresOne(op -> op.addConstraint("t", CheckConstraint.of("a > 0"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("needs a name");
	}

	@Test
	void primaryKeyAddAndDrop() {
		assertThat(postgresOne(op -> op.addPrimaryKey("pk_users", "users", "id")))
			.isEqualTo("ALTER TABLE users ADD CONSTRAINT pk_users PRIMARY KEY (id)");
		assertThat(postgresOne(op -> op.dropConstraint("pk_users", "users")))
			.isEqualTo("ALTER TABLE users DROP CONSTRAINT pk_users");
	}

	@Test
	void dropConstraintOptions() {
		assertThat(postgresOne(op -> op.dropConstraint("pk_users", "users", DropOption.IF_EXISTS, DropOption.CASCADE)))
			.isEqualTo("ALTER TABLE users DROP CONSTRAINT IF EXISTS pk_users CASCADE");
	}

	@Test
	void reverseOfAddIsDropAndBackWithoutNotValid() {
		Operation add = Rendered
			.operations(op -> op.addConstraintNotValid("t", CheckConstraint.of("a > 0").named("ck")))
			.get(0);
		PostgresDialect dialect = new PostgresDialect();
		assertThat(dialect.render(add.reverse())).containsExactly("ALTER TABLE t DROP CONSTRAINT ck");
		assertThat(dialect.render(add.reverse().reverse()))
			.containsExactly("ALTER TABLE t ADD CONSTRAINT ck CHECK (a > 0)");
	}

}

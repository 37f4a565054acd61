package dev.migrate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamingConventionTest {

	@Test
	void withoutTemplatesNamesAreThoseOfPostgresql() {
		NamingConvention names = NamingConvention.of(Map.of());
		assertThat(names.foreignKey("orders", List.of("user_id"), "users", List.of("id")))
			.isEqualTo("orders_user_id_fkey");
		assertThat(names.unique("users", List.of("email"))).isEqualTo("users_email_key");
		assertThat(names.index("users", List.of("last_name", "first_name DESC")))
			.isEqualTo("users_last_name_first_name_idx");
		assertThat(names.check("orders", List.of("status"))).isEqualTo("orders_status_check");
		assertThat(names.primaryKey("orders", List.of("id"))).isEqualTo("orders_pkey");
	}

	@Test
	void alembicTokensAndShortForms() {
		NamingConvention names = NamingConvention.of(Map.of("ix", "ix_%(column_0_label)s", "uq",
				"uq_%(table)s_%(columns)s", "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s", "ck",
				"ck_%(table_name)s_%(constraint_name)s", "pk", "pk_%(table_name)s"));
		assertThat(names.index("users", List.of("email"))).isEqualTo("ix_users_email");
		assertThat(names.unique("order_line", List.of("order_id", "product_id")))
			.isEqualTo("uq_order_line_order_id_product_id");
		assertThat(names.foreignKey("orders", List.of("user_id"), "users", List.of("id")))
			.isEqualTo("fk_orders_user_id_users");
		assertThat(names.check("orders", List.of("status"))).isEqualTo("ck_orders_status");
		assertThat(names.primaryKey("orders", List.of("id"))).isEqualTo("pk_orders");
		assertThat(names.index("users", List.of("lower((email)::text)"))).isEqualTo("ix_users_expr");
	}

	@Test
	void longNamesKeepTheirStartAndGetAHashInsteadOfBeingCut() {
		NamingConvention names = NamingConvention.of(Map.of("ix", "ix_%(table_name)s_%(column_0_N_name)s"));
		String table = "customer_subscription_renewal_attempts";
		String one = names.index(table, List.of("scheduled_payment_method_id", "attempted_at"));
		String other = names.index(table, List.of("scheduled_payment_method_id", "attempted_by"));
		assertThat(one).hasSizeLessThanOrEqualTo(63)
			.startsWith("ix_customer_subscription_renewal_attempts_sched")
			.isNotEqualTo(other);
		assertThat(names.index(table, List.of("scheduled_payment_method_id", "attempted_at"))).isEqualTo(one);
	}

	@Test
	void unknownKindsAndTokensNameTheSetting() {
		assertThatThrownBy(() -> NamingConvention.of(Map.of("idx", "ix_%(table_name)s")))
			.isInstanceOf(MigrateException.class)
			.hasMessageContaining("migrate.naming-convention.idx")
			.hasMessageContaining("ix, uq, fk, ck or pk");
		assertThatThrownBy(() -> NamingConvention.of(Map.of("fk", "fk_%(tabel_name)s")))
			.isInstanceOf(MigrateException.class)
			.hasMessageContaining("%(tabel_name)s")
			.hasMessageContaining("migrate.naming-convention.fk");
		assertThatThrownBy(() -> NamingConvention.of(Map.of("fk", "fk_%(table_name)")))
			.isInstanceOf(MigrateException.class)
			.hasMessageContaining("is not a template");
	}

}
